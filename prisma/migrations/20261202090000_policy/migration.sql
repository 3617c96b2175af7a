-- The policy editor (issue 10): versions of the policy document, plans made from them, per-server
-- policy settings, and the avatar sources already set; two job kinds apply and reconcile it.
ALTER TYPE "job_kind" ADD VALUE 'policy_apply';
ALTER TYPE "job_kind" ADD VALUE 'policy_reconcile';

CREATE TABLE "policy_version" (
    "id" UUID NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "number" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policy_version_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "policy_version_homeserver_id_number_key" ON "policy_version"("homeserver_id", "number");

CREATE TABLE "policy_plan" (
    "id" UUID NOT NULL,
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "version_id" UUID NOT NULL,
    "plan" JSONB NOT NULL,
    "action_count" INTEGER NOT NULL,
    "removals" INTEGER NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "run_id" UUID,

    CONSTRAINT "policy_plan_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "policy_plan_homeserver_id_created_at_idx" ON "policy_plan"("homeserver_id", "created_at");

CREATE TABLE "policy_settings" (
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "source_url" TEXT,
    "source_token_encrypted" TEXT,
    "last_pulled_at" TIMESTAMPTZ(3),
    "last_pull_error" TEXT,
    "guard_count" INTEGER NOT NULL DEFAULT 10,
    "guard_percent" INTEGER NOT NULL DEFAULT 10,
    "updated_by" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policy_settings_pkey" PRIMARY KEY ("homeserver_id")
);

CREATE TABLE "policy_avatar" (
    "homeserver_id" TEXT NOT NULL DEFAULT 'default',
    "user_id" TEXT NOT NULL,
    "source_hash" TEXT NOT NULL,
    "mxc_uri" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policy_avatar_pkey" PRIMARY KEY ("homeserver_id","user_id")
);
