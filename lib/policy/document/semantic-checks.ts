import { serverNameOf } from "@/lib/schemas/matrix-id";
import { checkGroups, checkUserGroups } from "./group-checks";
import { checkJoinedRooms } from "./joined-room-checks";
import { MASKED_CREDENTIAL } from "./mask-credentials";
import type { ParseContext } from "./parse-policy";
import { problemAt, type UnplacedProblem } from "./policy-problem";
import type { PolicyDocument } from "./schema";
import { pathText } from "./text-positions";

// Rules zod cannot see in one field: duplicates, other servers, rooms that are not managed or not
// declared, space parents, and groups (group-checks.ts). Corporal refuses users of other servers
// and duplicate hook IDs; the rest are the console's own, since each would otherwise be ignored
// without a word.

type Report = (path: (string | number)[], message: string) => void;

/** The server part of a room ID or alias, or null for room IDs (v12+) that carry none. */
const serverOfRoom = (room: string) => (room.includes(":") ? serverNameOf(room) : null);

export function findSemanticProblems(
  policy: PolicyDocument,
  { serverName, credentialsMasked = false }: ParseContext,
): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  const error: Report = (path, message) => problems.push(problemAt("error", path, message));
  const warn: Report = (path, message) => problems.push(problemAt("warning", path, message));
  const onOtherServer = (id: string) => {
    const server = serverOfRoom(id);
    return server !== null && server !== serverName
      ? `${id} is on ${server}, not on this server (${serverName})`
      : null;
  };

  const declared = checkDeclaredRooms(policy, error, onOtherServer);
  const managed = new Set<string>();
  (policy.managedRoomIds ?? []).forEach((room, index) => {
    const path = ["managedRoomIds", index];
    if (managed.has(room)) return error(path, `${room} is listed twice`);
    managed.add(room);
    const otherServer = onOtherServer(room);
    if (otherServer) return error(path, otherServer);
    if (room.startsWith("#") && !declared.has(room)) {
      error(path, `${room} is not declared under "rooms": declare it there, or use the room's ID`);
    }
  });

  const groups = checkGroups(policy, managed, error);
  const firstIndexOfUser = new Map<string, number>();
  (policy.users ?? []).forEach((user, index) => {
    const first = firstIndexOfUser.get(user.id);
    if (first !== undefined) {
      return error(
        ["users", index, "id"],
        `${user.id} is listed twice; the first is users[${first}]`,
      );
    }
    firstIndexOfUser.set(user.id, index);
    if (serverNameOf(user.id) !== serverName) {
      error(
        ["users", index, "id"],
        `${user.id} is not on this server (${serverName}); corporal refuses it too`,
      );
    }
    if (!credentialsMasked && user.authCredential === MASKED_CREDENTIAL) {
      error(
        ["users", index, "authCredential"],
        "this credential was hidden in a viewer's copy of the policy: write the real one, or import the document an operator or admin exported",
      );
    }
    const seen = checkJoinedRooms(
      user.joinedRooms ?? [],
      ["users", index, "joinedRooms"],
      { owner: `for ${user.id}`, removeHint: "remove it here (corporal ignores it)" },
      managed,
      error,
    );
    if (!user.active && seen.size > 0) {
      warn(
        ["users", index, "joinedRooms"],
        `${user.id} is inactive: these rooms are ignored, and they leave every managed room`,
      );
    }
    checkUserGroups(user, index, groups, error, warn);
  });

  const hookIds = new Map<string, number>();
  (policy.hooks ?? []).forEach((hook, index) => {
    const first = hookIds.get(hook.id);
    if (first === undefined) hookIds.set(hook.id, index);
    else
      error(
        ["hooks", index, "id"],
        `hook ID "${hook.id}" is also ${pathText(["hooks", first])}'s; corporal requires unique IDs`,
      );
  });
  return problems;
}

function checkDeclaredRooms(
  policy: PolicyDocument,
  error: Report,
  onOtherServer: (id: string) => string | null,
): Map<string, { isSpace: boolean; parent?: string }> {
  const declared = new Map<string, { isSpace: boolean; parent?: string }>();
  const rooms = policy.rooms ?? [];
  rooms.forEach((room, index) => {
    const path = ["rooms", index, "alias"];
    if (declared.has(room.alias)) return error(path, `${room.alias} is declared twice`);
    declared.set(room.alias, { isSpace: room.isSpace === true, parent: room.parent });
    const otherServer = onOtherServer(room.alias);
    if (otherServer)
      error(path, `${otherServer}: the console creates rooms on its own server only`);
  });
  rooms.forEach((room, index) => {
    if (room.parent === undefined) return;
    const path = ["rooms", index, "parent"];
    const parent = declared.get(room.parent);
    if (!parent)
      return error(
        path,
        `${room.parent} is not declared under "rooms"; a parent must be a declared space`,
      );
    if (!parent.isSpace)
      return error(path, `${room.parent} is not a space: give it "isSpace": true`);
    const loop = parentLoop(room.alias, declared);
    if (loop) error(path, `parents go round in a loop: ${loop.join(" → ")}`);
  });
  return declared;
}

function parentLoop(start: string, declared: Map<string, { parent?: string }>): string[] | null {
  const chain = [start];
  for (
    let alias = declared.get(start)?.parent;
    alias !== undefined;
    alias = declared.get(alias)?.parent
  ) {
    chain.push(alias);
    if (alias === start) return chain;
    if (chain.length > declared.size + 1) return null;
  }
  return null;
}
