-- Notifications to Matrix rooms and outgoing webhooks (lib/outbox): subscriptions say which events
-- go where; the outbox (event_delivery) holds one row per subscription and event, unique, so an
-- event matched twice is queued once; the sender retries each with backoff.
--
-- Events come from two durable sources, read in their commit order:
-- * the audit log, through a cursor on audit_outcome.chain_seq: the chain trigger numbers outcomes
--   under a lock held until commit (migration audit_chain), so every number below a committed one
--   is committed too and a cursor never skips a late commit;
-- * job runs that end, copied into job_run_end by a trigger below in the ending transaction itself,
--   whichever code ends the run (the engine, a cancel, the queue giving up).

-- CreateEnum
CREATE TYPE "subscription_destination" AS ENUM ('room', 'webhook');

-- CreateEnum
CREATE TYPE "outcome_filter" AS ENUM ('any', 'success', 'failure');

-- CreateEnum
CREATE TYPE "delivery_status" AS ENUM ('pending', 'delivered', 'failed');

-- CreateTable
CREATE TABLE "event_subscription" (
    "id" UUID NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "destination" "subscription_destination" NOT NULL,
    "room_id" TEXT,
    "room_label" TEXT,
    "webhook_url" TEXT,
    "webhook_secret_sealed" TEXT,
    "webhook_allow_private" BOOLEAN NOT NULL DEFAULT false,
    "action_prefix" TEXT NOT NULL DEFAULT '',
    "outcome" "outcome_filter" NOT NULL DEFAULT 'any',
    "job_kind" "job_kind",
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_delivery" (
    "id" BIGSERIAL NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "subscription_id" UUID NOT NULL,
    "event_key" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "status" "delivery_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "redeliveries" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "receipt" TEXT,
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_cursor" (
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "source" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_cursor_pkey" PRIMARY KEY ("homeserver_id","source")
);

-- CreateTable
CREATE TABLE "job_run_end" (
    "id" BIGSERIAL NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "run_id" UUID NOT NULL,
    "status" "job_run_status" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "matched_at" TIMESTAMPTZ(3),

    CONSTRAINT "job_run_end_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "event_subscription_homeserver_id_destination_idx" ON "event_subscription"("homeserver_id", "destination");

-- CreateIndex
CREATE INDEX "event_delivery_status_next_attempt_at_idx" ON "event_delivery"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "event_delivery_homeserver_id_id_idx" ON "event_delivery"("homeserver_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "event_delivery_subscription_id_event_key_key" ON "event_delivery"("subscription_id", "event_key");

-- CreateIndex
CREATE INDEX "job_run_end_matched_at_id_idx" ON "job_run_end"("matched_at", "id");

-- AddForeignKey
ALTER TABLE "event_delivery" ADD CONSTRAINT "event_delivery_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "event_subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A rule sends to a room; a webhook to a URL signed with its secret.
ALTER TABLE "event_subscription" ADD CONSTRAINT "event_subscription_destination_check" CHECK (
  ("destination" = 'room' AND "room_id" IS NOT NULL)
  OR ("destination" = 'webhook' AND "webhook_url" IS NOT NULL AND "webhook_secret_sealed" IS NOT NULL)
);

-- The audit cursor starts at the log's head: history before this migration is not notified.
INSERT INTO "event_cursor" ("homeserver_id", "source", "position")
SELECT 'default', 'audit', coalesce(max("chain_seq"), 0) FROM "audit_outcome";

CREATE FUNCTION "job_run_end_record"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "job_run_end" ("run_id", "status") VALUES (NEW."id", NEW."status");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "job_run_end_on_update"
  AFTER UPDATE OF "status" ON "job_run"
  FOR EACH ROW
  WHEN (NEW."status" IN ('succeeded', 'failed', 'cancelled') AND OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE FUNCTION "job_run_end_record"();

CREATE TRIGGER "job_run_end_on_insert"
  AFTER INSERT ON "job_run"
  FOR EACH ROW
  WHEN (NEW."status" IN ('succeeded', 'failed', 'cancelled'))
  EXECUTE FUNCTION "job_run_end_record"();
