import { policyGroupSchema } from "./group-schema";
import { problemAt, type UnplacedProblem } from "./policy-problem";
import { roomDeclarationSchema, roomPowerLevelsSchema } from "./room-declaration-schema";
import {
  AUTH_TYPES,
  policyDocumentSchema,
  policyFlagsSchema,
  policyJoinedRoomSchema,
  policyUserSchema,
} from "./schema";
import type { JsonPath } from "./text-positions";

// Fields the console keeps but does not act on. Gateway-only ones are corporal's and need its HTTP
// gateway in front of Synapse; unknown ones are kept so an export gives back what was imported.

const NOT_ENFORCED = "kept, not enforced by the console:";
const UNKNOWN = "kept as written; the console does not use it";

const ROOM_CREATION = (kind: string) =>
  `${NOT_ENFORCED} when true, corporal's gateway stops the people this covers from creating ${kind}; the console has no gateway, so Synapse lets them`;

const GATEWAY_FIELDS: Record<string, string> = {
  forbidRoomCreation: ROOM_CREATION("rooms"),
  forbidEncryptedRoomCreation: ROOM_CREATION("encrypted rooms"),
  forbidUnencryptedRoomCreation: ROOM_CREATION("unencrypted rooms"),
};

const GATEWAY_FLAGS: Record<string, string> = {
  ...GATEWAY_FIELDS,
  allowCustomPassthroughUserPasswords: `${NOT_ENFORCED} corporal's gateway decides whether passthrough users may change their password; with the console alone, Synapse lets them`,
  allowUnauthenticatedPasswordResets: `${NOT_ENFORCED} corporal's gateway decides whether a password can be reset by email or phone; with the console alone, Synapse's own settings decide`,
  allow3pidLogin: `${NOT_ENFORCED} corporal's gateway decides whether people sign in with an email address or phone number; with the console alone, Synapse's own settings decide`,
};

const HOOKS = `${NOT_ENFORCED} hooks run in corporal's HTTP gateway in front of Synapse; the console does not run them`;

const AUTH_CHECK: Record<string, string> = {
  plain: "the password in authCredential",
  rest: "the REST service at authCredential",
};

function authTypeWarning(authType: string): string {
  const check = AUTH_CHECK[authType] ?? `the ${authType} hash in authCredential`;
  return `${NOT_ENFORCED} with authType "${authType}", corporal's gateway checks sign-ins against ${check}; the console creates the account with a random password, so this person signs in through corporal's gateway, single sign-on, or a password an admin sets (only "passthrough" makes authCredential the Synapse password)`;
}

const isGatewayAuthType = (value: unknown): value is string =>
  typeof value === "string" &&
  value !== "passthrough" &&
  (AUTH_TYPES as readonly string[]).includes(value);

/** Each object's own field names, from the schema, read once. */
const FIELDS = {
  document: Object.keys(policyDocumentSchema.shape),
  flags: Object.keys(policyFlagsSchema.shape),
  user: Object.keys(policyUserSchema.shape),
  joinedRoom: Object.keys(policyJoinedRoomSchema.shape),
  group: Object.keys(policyGroupSchema.shape),
  room: Object.keys(roomDeclarationSchema.shape),
  powerLevels: Object.keys(roomPowerLevelsSchema.shape),
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const objectsIn = (value: unknown): [Json, number][] =>
  Array.isArray(value)
    ? value.flatMap((item, index) => (isObject(item) ? [[item, index] as [Json, number]] : []))
    : [];

/** Warnings for gateway-only and unknown fields; an error for a known field spelled in other case. */
export function findFieldProblems(document: unknown): UnplacedProblem[] {
  const problems: UnplacedProblem[] = [];
  if (!isObject(document)) return problems;
  const checkKeys = (
    value: unknown,
    known: readonly string[],
    path: JsonPath,
    gateway: Record<string, string> = {},
  ) => {
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      const keyPath = [...path, key];
      if (gateway[key]) problems.push(problemAt("warning", keyPath, gateway[key], "key"));
      else if (known.includes(key)) continue;
      else problems.push(unknownKey(key, keyPath, known));
    }
  };

  checkKeys(document, FIELDS.document, []);
  if (Array.isArray(document.hooks) && document.hooks.length > 0) {
    problems.push(problemAt("warning", ["hooks"], HOOKS, "key"));
  }
  checkKeys(document.flags, FIELDS.flags, ["flags"], GATEWAY_FLAGS);
  for (const [user, index] of objectsIn(document.users)) {
    const path = ["users", index];
    checkKeys(user, FIELDS.user, path, GATEWAY_FIELDS);
    if (isGatewayAuthType(user.authType)) {
      problems.push(
        problemAt("warning", [...path, "authType"], authTypeWarning(user.authType), "key"),
      );
    }
    for (const [room, roomIndex] of objectsIn(user.joinedRooms)) {
      checkKeys(room, FIELDS.joinedRoom, [...path, "joinedRooms", roomIndex]);
    }
  }
  for (const [group, index] of objectsIn(document.groups)) {
    const path = ["groups", index];
    checkKeys(group, FIELDS.group, path);
    for (const [room, roomIndex] of objectsIn(group.joinedRooms)) {
      checkKeys(room, FIELDS.joinedRoom, [...path, "joinedRooms", roomIndex]);
    }
  }
  for (const [room, index] of objectsIn(document.rooms)) {
    checkKeys(room, FIELDS.room, ["rooms", index]);
    checkKeys(room.powerLevels, FIELDS.powerLevels, ["rooms", index, "powerLevels"]);
  }
  return problems;
}

/** Corporal's Go reader matches field names ignoring case, so `PowerLevel` counts there; not here. */
function unknownKey(key: string, path: JsonPath, known: readonly string[]): UnplacedProblem {
  const meant = known.find((name) => name.toLowerCase() === key.toLowerCase());
  if (!meant) return problemAt("warning", path, UNKNOWN, "key");
  return problemAt(
    "error",
    path,
    `write "${meant}": corporal reads "${key}" as "${meant}" (it ignores letter case), the console does not`,
    "key",
  );
}
