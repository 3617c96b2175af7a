import type { PolicyUser } from "@/lib/policy/document/schema";
import type { LifecycleEventInput } from "@/lib/schemas/lifecycle";

export type LifecycleGroups = { defaultGroup: string | null; adminGroup: string | null };

/** What an event does to the policy's users: the list after it, or why it changes nothing. */
export type UsersChange =
  | { kind: "changed"; users: PolicyUser[] }
  | { kind: "unchanged" }
  | { kind: "ignored"; reason: string };

type EventFields = Pick<LifecycleEventInput, "type" | "userId" | "displayName" | "email">;

const withGroup = (groups: readonly string[], group: string | null) =>
  group && !groups.includes(group) ? [...groups, group] : groups;

const withoutGroup = (groups: readonly string[], group: string | null) =>
  groups.filter((name) => name !== group);

/** The profile fields the event gives; absent ones are left as the policy has them. */
function profileOf(event: EventFields): Partial<PolicyUser> {
  return {
    ...(event.displayName !== undefined ? { displayName: event.displayName } : {}),
    ...(event.email !== undefined ? { email: event.email } : {}),
  };
}

/** The user with `groups` set where the key was (so an unchanged user compares equal), dropped when empty. */
function setGroups(user: PolicyUser, groups: readonly string[]): PolicyUser {
  if (groups.length) return { ...user, groups: [...groups] };
  if (user.groups === undefined) return user;
  const rest = { ...user };
  delete rest.groups;
  return rest;
}

/** A user the policy does not list yet, as the event makes them; null when it does not add one. */
function newUser(event: EventFields, settings: LifecycleGroups): PolicyUser | null {
  if (event.type === "created") {
    const groups = settings.defaultGroup ? [settings.defaultGroup] : [];
    return setGroups({ id: event.userId, active: true, ...profileOf(event) }, groups);
  }
  // A leaver the policy never listed is still to lose their account.
  if (event.type === "revoked") return { id: event.userId, active: false };
  return null;
}

function changedUser(user: PolicyUser, event: EventFields, settings: LifecycleGroups): PolicyUser {
  const groups = user.groups ?? [];
  switch (event.type) {
    case "created":
      return setGroups(
        { ...user, active: true, ...profileOf(event) },
        withGroup(groups, settings.defaultGroup),
      );
    case "updated":
      return { ...user, ...profileOf(event) };
    case "promoted":
      return setGroups({ ...user, ...profileOf(event) }, withGroup(groups, settings.adminGroup));
    case "demoted":
      return setGroups({ ...user, ...profileOf(event) }, withoutGroup(groups, settings.adminGroup));
    case "revoked":
      return { ...user, active: false };
  }
}

/**
 * The policy's users after one lifecycle event: created adds the user (active, in the default
 * group) or makes a listed one active again; updated changes the name and email it gives; promoted
 * and demoted add and remove the admin group; revoked makes the user inactive (and lists a user
 * the policy did not). An event about a user the policy does not list, other than those two, is
 * ignored: listing them would take them out of every managed room the event does not name.
 */
export function usersAfterEvent(
  users: readonly PolicyUser[],
  event: EventFields,
  settings: LifecycleGroups,
): UsersChange {
  const index = users.findIndex((user) => user.id === event.userId);
  if (index === -1) {
    const added = newUser(event, settings);
    if (!added) {
      return {
        kind: "ignored",
        reason: `${event.userId} is not in the policy; only created and revoked events add a user.`,
      };
    }
    return { kind: "changed", users: [...users, added] };
  }
  const before = users[index]!;
  const after = changedUser(before, event, settings);
  if (JSON.stringify(after) === JSON.stringify(before)) return { kind: "unchanged" };
  return { kind: "changed", users: users.map((user, at) => (at === index ? after : user)) };
}
