-- API tokens for scripts calling /api/v1: made by an admin for one console role, with an expiry.
-- Only the token's SHA-256 is kept (the token is shown once); its name is the audit actor, so it is
-- unique per homeserver even after the token is revoked.
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "display_prefix" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_by" TEXT,

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

CREATE UNIQUE INDEX "api_token_homeserver_id_name_key" ON "api_token"("homeserver_id", "name");
