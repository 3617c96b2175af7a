import type { PolicyDocument, PolicyUser } from "./schema";
import { checkJoinedRooms } from "./joined-room-checks";
import { pathText } from "./text-positions";

// Groups across fields: a name used twice, a group's room that is not managed or is listed twice,
// and a user's group that is not declared. The room rules are the ones users' joinedRooms follow.

type Report = (path: (string | number)[], message: string) => void;

/** Checks the groups' names and rooms; returns each name with the index that declares it. */
export function checkGroups(
  policy: PolicyDocument,
  managed: ReadonlySet<string>,
  error: Report,
): Map<string, number> {
  const declared = new Map<string, number>();
  (policy.groups ?? []).forEach((group, index) => {
    const first = declared.get(group.name);
    if (first !== undefined) {
      error(
        ["groups", index, "name"],
        `group "${group.name}" is declared twice; the first is ${pathText(["groups", first])}`,
      );
    } else declared.set(group.name, index);
    checkJoinedRooms(
      group.joinedRooms ?? [],
      ["groups", index, "joinedRooms"],
      { owner: `in "${group.name}"`, removeHint: "remove it from the group" },
      managed,
      error,
    );
  });
  return declared;
}

/** A user's group names: each declared under "groups", and each once. */
export function checkUserGroups(
  user: PolicyUser,
  index: number,
  declared: ReadonlyMap<string, number>,
  error: Report,
  warn: Report,
) {
  const seen = new Set<string>();
  (user.groups ?? []).forEach((name, groupIndex) => {
    const path = ["users", index, "groups", groupIndex];
    if (seen.has(name)) return error(path, `"${name}" is listed twice for ${user.id}`);
    seen.add(name);
    if (!declared.has(name)) {
      error(path, `group "${name}" is not declared under "groups": declare it there, or remove it`);
    }
  });
  if (!user.active && seen.size > 0) {
    warn(
      ["users", index, "groups"],
      `${user.id} is inactive: their groups give them no room, and they leave every managed room`,
    );
  }
}
