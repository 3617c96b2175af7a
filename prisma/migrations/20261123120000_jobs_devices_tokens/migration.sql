-- CreateEnum
CREATE TYPE "job_kind" AS ENUM ('device_scan', 'stale_device_revoke', 'token_rotation');

-- CreateEnum
CREATE TYPE "job_run_status" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "job_definition" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "job_kind" NOT NULL,
    "params" JSONB NOT NULL,
    "cron" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_by" TEXT NOT NULL,
    "updated_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "job_definition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_run" (
    "id" UUID NOT NULL,
    "definition_id" UUID,
    "kind" "job_kind" NOT NULL,
    "params" JSONB NOT NULL,
    "status" "job_run_status" NOT NULL DEFAULT 'queued',
    "trigger" TEXT NOT NULL,
    "requested_by" TEXT NOT NULL,
    "queue_job_id" TEXT,
    "total" INTEGER,
    "done" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "summary" JSONB,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "job_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_run_item" (
    "id" BIGSERIAL NOT NULL,
    "run_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "detail" JSONB,
    "error" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_run_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device_snapshot" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),
    "user_count" INTEGER NOT NULL DEFAULT 0,
    "device_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "device_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device_record" (
    "snapshot_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "device_id" TEXT NOT NULL,
    "display_name" TEXT,
    "last_seen_ip" TEXT,
    "last_seen_user_agent" TEXT,
    "last_seen_at" TIMESTAMPTZ(3),
    "user_type" TEXT,
    "user_created_at" TIMESTAMPTZ(3),

    CONSTRAINT "device_record_pkey" PRIMARY KEY ("snapshot_id","user_id","device_id")
);

-- CreateTable
CREATE TABLE "managed_account" (
    "user_id" TEXT NOT NULL,
    "note" TEXT,
    "max_token_age_days" INTEGER NOT NULL DEFAULT 90,
    "grace_minutes" INTEGER NOT NULL DEFAULT 60,
    "webhook_url" TEXT,
    "webhook_secret_encrypted" TEXT,
    "current_device_id" TEXT,
    "current_token_encrypted" TEXT,
    "token_issued_at" TIMESTAMPTZ(3),
    "token_unseen" BOOLEAN NOT NULL DEFAULT false,
    "last_rotation_at" TIMESTAMPTZ(3),
    "last_rotation_ok" BOOLEAN,
    "last_rotation_error" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "managed_account_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "pending_revocation" (
    "id" BIGSERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "device_id" TEXT NOT NULL,
    "revoke_after" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "run_id" UUID,
    "error" TEXT,

    CONSTRAINT "pending_revocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "job_run_definition_id_queued_at_idx" ON "job_run"("definition_id", "queued_at");

-- CreateIndex
CREATE INDEX "job_run_status_idx" ON "job_run"("status");

-- CreateIndex
CREATE UNIQUE INDEX "job_run_item_run_id_key_key" ON "job_run_item"("run_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "device_snapshot_run_id_key" ON "device_snapshot"("run_id");

-- CreateIndex
CREATE INDEX "device_record_snapshot_id_last_seen_at_idx" ON "device_record"("snapshot_id", "last_seen_at");

-- CreateIndex
CREATE INDEX "device_record_snapshot_id_user_id_idx" ON "device_record"("snapshot_id", "user_id");

-- CreateIndex
CREATE INDEX "pending_revocation_revoked_at_revoke_after_idx" ON "pending_revocation"("revoked_at", "revoke_after");

-- CreateIndex
CREATE UNIQUE INDEX "pending_revocation_user_id_device_id_key" ON "pending_revocation"("user_id", "device_id");

