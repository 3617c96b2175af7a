-- Server-side console sessions: the session cookie carries only a random secret, and this row (found
-- by the secret's SHA-256) decides on every request whether the session still holds. Its lifetime is
-- absolute from sign-in; sign-out, "sign out everywhere" and demotions end it.
CREATE TABLE "console_session" (
    "id" UUID NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "token_hash" TEXT NOT NULL,
    "matrix_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "role_checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),
    "end_reason" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "console_session_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "console_session_token_hash_key" ON "console_session"("token_hash");

-- Ending someone's sessions and counting them look up the open ones by person.
CREATE INDEX "console_session_matrix_id_ended_at_idx" ON "console_session"("matrix_id", "ended_at");
