-- Bulk imports of users: the rows as read (never a password), and the sealed passwords apart,
-- each kept only until its row is applied (given) or shown once (generated).
ALTER TYPE "job_kind" ADD VALUE 'user_import';

CREATE TABLE "user_import" (
    "id" UUID NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "file_name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "conflict_mode" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "invalid" JSONB NOT NULL,
    "row_count" INTEGER NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_by_role" "role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dry_run_id" UUID,
    "apply_run_id" UUID,

    CONSTRAINT "user_import_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "user_import_secret" (
    "import_id" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "user_id" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    "generated" BOOLEAN NOT NULL,

    CONSTRAINT "user_import_secret_pkey" PRIMARY KEY ("import_id","line")
);

CREATE UNIQUE INDEX "user_import_dry_run_id_key" ON "user_import"("dry_run_id");

CREATE UNIQUE INDEX "user_import_apply_run_id_key" ON "user_import"("apply_run_id");

CREATE INDEX "user_import_homeserver_id_created_at_idx" ON "user_import"("homeserver_id", "created_at");

ALTER TABLE "user_import_secret" ADD CONSTRAINT "user_import_secret_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "user_import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
