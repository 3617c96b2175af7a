export const ROLES = ["viewer", "operator", "admin"] as const;

export type Role = (typeof ROLES)[number];

/** True when `role` is at least `minimum` in the viewer < operator < admin order. */
export function hasRole(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/** The lower of two roles: what someone holding both limits may do. */
export function lowerRole(a: Role, b: Role): Role {
  return hasRole(a, b) ? b : a;
}

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer",
  operator: "Operator",
  admin: "Admin",
};
