-- An API token is refused while its maker's account is deactivated, locked, suspended or gone on
-- Synapse, and stops acting as admin once a maker's server-admin status is lost there: the maker's
-- account is re-checked at most every 10 minutes, when one of their tokens is used.

-- AlterTable
ALTER TABLE "role_grant" ADD COLUMN "account_checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "account_barred" TEXT;

-- Grants made before this were never checked for tokens: the first use of a token checks its maker.
UPDATE "role_grant" SET "account_checked_at" = 'epoch';

ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_account_barred_check"
  CHECK ("account_barred" IN ('deactivated', 'locked', 'suspended', 'no such user'));
