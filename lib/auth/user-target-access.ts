import { hasRole, type Role } from "./roles";

/**
 * What an action does to the users it targets. Most changes are "change"; "promote" (making a
 * Synapse server admin) is for console admins only; the others are the ones that would take the
 * console's own service account away from it, which no role may do.
 */
export type UserEffect =
  | "change"
  | "promote"
  | "lock"
  | "suspend"
  | "shadow_ban"
  | "deactivate"
  | "demote"
  | "set_password"
  | "remove_devices"
  | "change_identities"
  | "rotate_token"
  | "log_in_as"
  | "set_expiry";

/**
 * Which users an action changes and how. With `each`, the action reports every user on its own
 * line (bulk actions): a request is refused only when every user is refused, and the action leaves
 * out the refused ones itself, each with its reason.
 */
export type UserTargets = { userIds: readonly string[]; effect: UserEffect; each?: boolean };

/** The explicit declaration of an action that changes no user's account. */
export const TARGETS_NO_USER = "targets no user";

export type UserTargeting<Input> =
  typeof TARGETS_NO_USER | ((input: Input) => UserTargets | Promise<UserTargets>);

/** What the rule needs to know about one target, read from Synapse and the console's roles. */
export type TargetFacts = {
  userId: string;
  isServiceAccount: boolean;
  isSynapseAdmin: boolean;
  consoleRole: Role | null;
};

export type RuleActor = { id: string; role?: Role | null };

/** What the console never does to its own service account, whoever asks, as "the console never …". */
const SERVICE_ACCOUNT_SPARED: Partial<Record<UserEffect, string>> = {
  lock: "locks it",
  suspend: "suspends it",
  shadow_ban: "shadow-bans it",
  deactivate: "deactivates it",
  demote: "takes its server admin away",
  set_password: "gives it a new password",
  remove_devices: "removes its devices",
  change_identities: "changes its email addresses, phone numbers or SSO identities",
  rotate_token: "rotates its access token",
  log_in_as: "logs in as it",
  set_expiry: "sets when it expires",
};

export const isServiceAccountSpared = (effect: UserEffect) => effect in SERVICE_ACCOUNT_SPARED;

/**
 * The one rule for acting on a user, or null when the actor may: the console's service account is
 * never locked, suspended, deactivated, demoted, given a new password or stripped of its devices or
 * identities; only console admins make Synapse server admins; and a user who is a Synapse admin, or
 * holds a console role at least as high as the actor's (the actor themself included), may be
 * changed by console admins only.
 */
export function userTargetRefusal(
  actor: RuleActor,
  effect: UserEffect,
  target: TargetFacts,
): string | null {
  const spared = SERVICE_ACCOUNT_SPARED[effect];
  if (target.isServiceAccount && spared)
    return `${target.userId} is the console's own service account: the console never ${spared}.`;
  const role = actor.role ?? null;
  if (role && hasRole(role, "admin")) return null;
  const yours = `needs the admin role; you are ${role ?? "without a role"}.`;
  if (effect === "promote")
    return `${target.userId} would become a Synapse server admin: making one ${yours}`;
  if (target.userId === actor.id)
    return `${target.userId} is your own account: acting on yourself, such as entering a room or raising your own power, ${yours}`;
  if (target.isServiceAccount)
    return `${target.userId} is the console's own service account: changing it ${yours}`;
  if (target.isSynapseAdmin)
    return `${target.userId} is a Synapse server admin: changing them ${yours}`;
  if (target.consoleRole && (!role || hasRole(target.consoleRole, role)))
    return `${target.userId} holds the console ${target.consoleRole} role: changing them ${yours}`;
  return null;
}

/** True when the rule can refuse nothing but a spared change of the service account. */
export const onlyServiceAccountMatters = (actor: RuleActor) =>
  Boolean(actor.role && hasRole(actor.role, "admin"));
