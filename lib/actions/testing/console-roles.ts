// Console roles for integration tests, stored as Settings stores a grant. Import this after
// prepareTestAppEnv(): it opens the database.
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { registerTestUser } from "@/lib/testing/integration-env";

export function grantTestRole(matrixId: string, role: Role) {
  return db.roleGrant.upsert({
    where: { matrixId },
    create: { matrixId, role, source: "console", grantedBy: "integration-test" },
    update: { role, source: "console", grantedBy: "integration-test" },
  });
}

/** A new Synapse user (not a server admin) who holds `role` in the console. */
export async function registerWithRole(prefix: string, role: Role) {
  const user = await registerTestUser(prefix);
  await grantTestRole(user.id, role);
  return user;
}
