-- Nothing lost when the process stops (issue 8, point 7).

-- An audit entry whose process died between the entry and its outcome gets an outcome "unknown"
-- from the sweep (lib/audit/sweep-unfinished.ts), never an update: the tables stay append-only.
ALTER TYPE "audit_result" ADD VALUE IF NOT EXISTS 'unknown';

-- One account's rotation within one run, written before each step's effect is relied upon: the new
-- token is stored (encrypted) as soon as Synapse hands it over, so a resumed run delivers it
-- instead of losing it.
CREATE TYPE "rotation_state" AS ENUM ('minting', 'minted', 'delivered', 'current', 'discarded');

CREATE TABLE "rotation_attempt" (
    "id" BIGSERIAL NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "run_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "state" "rotation_state" NOT NULL DEFAULT 'minting',
    "token_encrypted" TEXT,
    "device_id" TEXT,
    "issued_at" TIMESTAMPTZ(3),
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rotation_attempt_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "rotation_attempt_run_id_user_id_key" ON "rotation_attempt"("run_id", "user_id");
CREATE INDEX "rotation_attempt_user_id_state_idx" ON "rotation_attempt"("user_id", "state");

-- Which process wrote an audit entry, and that process's heartbeat: the sweep gives an entry the
-- outcome "unknown" only once the process that wrote it has stopped beating, so an entry another
-- live instance is still working on is never swept. Entries from before this column are swept
-- after a fixed bound instead (lib/audit/sweep-unfinished.ts).
ALTER TABLE "audit_entry" ADD COLUMN "process_id" UUID;

CREATE TABLE "console_process" (
    "id" UUID NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeat_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "console_process_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "console_process_heartbeat_at_idx" ON "console_process"("heartbeat_at");
