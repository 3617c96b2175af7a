-- Sign-in under attack and setup that fails closed (issue 8, points 4 and 5).

-- Failed sign-ins per account (the normalised Matrix ID typed) and per client address, in the
-- database so every console instance sees the same counts (lib/auth/sign-in-throttle-store.ts).
-- Rows untouched for a day are pruned.
CREATE TABLE "sign_in_throttle" (
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "lockouts" INTEGER NOT NULL DEFAULT 0,
    "refused" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("homeserver_id", "scope", "key"),
    CONSTRAINT "sign_in_throttle_scope_check" CHECK ("scope" IN ('account', 'address'))
);

CREATE INDEX "sign_in_throttle_updated_at_idx" ON "sign_in_throttle"("updated_at");

-- The setup token generated when neither SETUP_TOKEN nor SYNAPSE_URL is set, encrypted with
-- SECRETS_KEY: one per database, so every instance prints and accepts the same one.
CREATE TABLE "setup_token" (
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "token_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "setup_token_pkey" PRIMARY KEY ("homeserver_id")
);
