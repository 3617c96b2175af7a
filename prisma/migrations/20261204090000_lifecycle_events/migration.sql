-- Lifecycle events from an identity system: each one kept (unique by the sender's ID), and the
-- settings that say how they change the policy.
ALTER TYPE "job_kind" ADD VALUE 'lifecycle_apply';

CREATE TABLE "lifecycle_event" (
    "id" UUID NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "seq" BIGSERIAL NOT NULL,
    "event_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "display_name" TEXT,
    "email" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "received_by" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL,
    "policy_version" INTEGER,
    "run_id" UUID,
    "finished_at" TIMESTAMPTZ(3),
    "error" TEXT,

    CONSTRAINT "lifecycle_event_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "lifecycle_settings" (
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "default_group" TEXT,
    "admin_group" TEXT,
    "erase_on_revoke" BOOLEAN NOT NULL DEFAULT false,
    "secret_sealed" TEXT,
    "updated_by" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lifecycle_settings_pkey" PRIMARY KEY ("homeserver_id")
);

CREATE UNIQUE INDEX "lifecycle_event_homeserver_id_event_id_key" ON "lifecycle_event"("homeserver_id", "event_id");

CREATE INDEX "lifecycle_event_homeserver_id_status_seq_idx" ON "lifecycle_event"("homeserver_id", "status", "seq");

CREATE INDEX "lifecycle_event_homeserver_id_user_id_at_idx" ON "lifecycle_event"("homeserver_id", "user_id", "at");

CREATE INDEX "lifecycle_event_homeserver_id_received_at_idx" ON "lifecycle_event"("homeserver_id", "received_at");
