-- A plan applied from its page was read by whoever applied it: an admin's review vouches for its
-- version, so an unattended apply gets an admin's rights again (lib/policy/policy-rights.ts).

-- AlterTable
ALTER TABLE "policy_plan" ADD COLUMN "reviewed_by" TEXT,
ADD COLUMN "reviewed_role" "role";

-- Plans applied from their page before this: each policy_apply run names its plan and its asker's role.
UPDATE "policy_plan" AS p
  SET "reviewed_by" = r."requested_by", "reviewed_role" = (r."params"->>'requestedByRole')::"role"
  FROM "job_run" AS r
  WHERE r."kind" = 'policy_apply'
    AND r."params"->>'planId' = p."id"::text
    AND r."params"->>'requestedByRole' IN ('viewer', 'operator', 'admin');
