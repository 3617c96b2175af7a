import { hasRole, type Role } from "./roles";

/**
 * IP addresses and clients (user agents) are personal data: operators and admins see them, viewers
 * do not. A page leaves them out of what it renders and of what it sends to the browser.
 */
export const seesConnections = (role: Role) => hasRole(role, "operator");

/** The rows as a viewer with `role` may see them: `hide` takes a row's IP and client out. */
export function withConnectionsFor<T>(role: Role, rows: T[], hide: (row: T) => T): T[] {
  return seesConnections(role) ? rows : rows.map(hide);
}
