-- A person's own display choices (issue 14): one page size for every list, read with the session.

-- CreateTable
CREATE TABLE "person_preference" (
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "matrix_id" TEXT NOT NULL,
    "page_size" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_preference_pkey" PRIMARY KEY ("homeserver_id","matrix_id")
);
