import { grantAppRole } from "./grant-app-role";
import { migrateDeploy } from "./migrate";

export type DatabaseConnections = {
  /** What the app (Next.js and the worker) connects with: DATABASE_URL. */
  appUrl: string;
  /** The owner role, for migrations and grants: DATABASE_OWNER_URL. */
  ownerUrl?: string;
};

export const SINGLE_ROLE_WARNING =
  "DATABASE_OWNER_URL is not set: migrations run as the app's own database role, which then owns the audit tables and could drop their triggers. The audit log is protected by its triggers only; see the README, 'The two database roles'.";

const roleOf = (url: string) => decodeURIComponent(new URL(url).username);

/**
 * Applies the migrations as the owner role and gives the app role its grants; with no owner
 * connection (or the same role twice), migrates as the app's role and says what that costs.
 */
export async function prepareDatabase(
  { appUrl, ownerUrl }: DatabaseConnections,
  log: (line: string) => void = console.warn,
): Promise<void> {
  if (!ownerUrl || roleOf(ownerUrl) === roleOf(appUrl)) {
    log(SINGLE_ROLE_WARNING);
    await migrateDeploy(appUrl);
    return;
  }
  await migrateDeploy(ownerUrl);
  await grantAppRole(ownerUrl, roleOf(appUrl));
}
