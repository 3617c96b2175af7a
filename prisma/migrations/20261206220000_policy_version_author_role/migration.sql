-- A scheduled reconcile applies a policy version with no more than the rights of whoever saved it:
-- an operator's edit can no longer make a Synapse server admin through a reconcile run as an admin.

-- AlterTable
ALTER TABLE "policy_version" ADD COLUMN "author_role" "role";

-- A pulled version comes from the source an admin set. A version saved by a person before this
-- takes the role they hold now; one whose author holds none is applied with an operator's rights.
UPDATE "policy_version" SET "author_role" = 'admin' WHERE "origin" = 'url';
UPDATE "policy_version" AS v SET "author_role" = g."role"
  FROM "role_grant" AS g
  WHERE g."matrix_id" = v."author" AND v."author_role" IS NULL AND v."origin" <> 'lifecycle';
