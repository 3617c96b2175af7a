-- CreateEnum
CREATE TYPE "auth_method" AS ENUM ('shared_secret', 'access_token', 'password');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('admin', 'operator', 'viewer');

-- CreateEnum
CREATE TYPE "grant_source" AS ENUM ('console', 'synapse_admin');

-- CreateEnum
CREATE TYPE "audit_result" AS ENUM ('success', 'failure');

-- CreateTable
CREATE TABLE "homeserver" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "base_url" TEXT NOT NULL,
    "server_name" TEXT NOT NULL,
    "auth_method" "auth_method" NOT NULL,
    "service_user_id" TEXT,
    "secret_encrypted" TEXT NOT NULL,
    "access_token_encrypted" TEXT,
    "device_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by" TEXT,

    CONSTRAINT "homeserver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_grant" (
    "matrix_id" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "source" "grant_source" NOT NULL,
    "granted_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "role_grant_pkey" PRIMARY KEY ("matrix_id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "request_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT NOT NULL,
    "actor_role" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "input" JSONB,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_outcome" (
    "id" BIGSERIAL NOT NULL,
    "entry_id" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "audit_result" NOT NULL,
    "error_code" TEXT,
    "error_message" TEXT,
    "result" JSONB,

    CONSTRAINT "audit_outcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_entry_request_id_key" ON "audit_entry"("request_id");

-- CreateIndex
CREATE INDEX "audit_entry_target_type_target_id_at_idx" ON "audit_entry"("target_type", "target_id", "at");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- CreateIndex
CREATE INDEX "audit_entry_actor_id_at_idx" ON "audit_entry"("actor_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "audit_outcome_entry_id_key" ON "audit_outcome"("entry_id");

-- AddForeignKey
ALTER TABLE "audit_outcome" ADD CONSTRAINT "audit_outcome_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "audit_entry"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
