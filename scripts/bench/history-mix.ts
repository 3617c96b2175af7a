// The shape of a year of audit log on a busy server, for bench:history: who acts (a few hundred
// people, a handful of them busy, and jobs), which actions (about forty, sign-ins and profile edits
// common, deletions rare), on which users and rooms, with inputs, results and changes of the sizes
// the console writes. Deterministic: the same seed gives the same log.
import { hex, pad, roomSuffix, uuidFrom, weightedPicker, zipf, type Rng } from "./history-rng";

export type { Rng };

export const SERVER = "example.org";
const NAMES = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"];

/** The people and jobs that write the log, and the users and rooms they act on. */
export function makeCast(rng: Rng) {
  const people = Array.from({ length: 320 }, (_, i) => ({
    id: `@${NAMES[i % NAMES.length]}.ops${pad(i, 3)}:${SERVER}`,
    role: i < 40 ? "admin" : "operator",
  }));
  // Scheduled jobs act as job:<definition>; a one-off run as job:<run>.
  const definitions = Array.from({ length: 24 }, () => uuidFrom(rng));
  const users = Array.from(
    { length: 40_000 },
    (_, i) => `@${NAMES[i % 10]}-${pad(i, 5)}:${SERVER}`,
  );
  const rooms = Array.from({ length: 4_000 }, () => `!${roomSuffix(rng)}:${SERVER}`);
  return {
    people,
    pickPerson: weightedPicker(people, zipf(people.length, 1.2)),
    definitions,
    pickUser: weightedPicker(users, zipf(users.length, 0.8)),
    pickRoom: weightedPicker(rooms, zipf(rooms.length, 0.9)),
    users,
    rooms,
  };
}

export type Cast = ReturnType<typeof makeCast>;

export type Change = { field: string; from: unknown; to: unknown };

/** What one action writes, apart from who, when and the outcome. */
export type ActionDraft = {
  action: string;
  targetType: "user" | "room" | "console" | "homeserver" | null;
  targetId: string | null;
  input: unknown;
  result: unknown;
  changes: Change[] | null;
};

export type Maker = (rng: Rng, cast: Cast, actorId: string) => ActionDraft;

export const flag = (field: string) => (rng: Rng) => {
  const to = rng() < 0.6;
  return { to, changes: [{ field, from: !to, to }] };
};

export const onUser =
  (action: string, extra: (rng: Rng, userId: string) => Partial<ActionDraft> = () => ({})) =>
  (rng: Rng, cast: Cast): ActionDraft => {
    const userId = cast.pickUser(rng);
    return {
      action,
      targetType: "user",
      targetId: userId,
      input: { userId },
      result: { userId },
      changes: null,
      ...extra(rng, userId),
    };
  };

export const onRoom =
  (action: string, extra: (rng: Rng, roomId: string, cast: Cast) => Partial<ActionDraft>) =>
  (rng: Rng, cast: Cast): ActionDraft => {
    const roomId = cast.pickRoom(rng);
    return {
      action,
      targetType: "room",
      targetId: roomId,
      input: { roomId },
      result: { roomId },
      changes: null,
      ...extra(rng, roomId, cast),
    };
  };

export const userFlag = (action: string, field: string) =>
  onUser(action, (rng, userId) => {
    const { to, changes } = flag(field)(rng);
    return { input: { userId, enabled: to }, result: { userId, [field]: to }, changes };
  });

export const someUsers = (rng: Rng, cast: Cast, n: number) =>
  Array.from({ length: n }, () => cast.pickUser(rng));

export const displayName = (rng: Rng) =>
  `${NAMES[Math.floor(rng() * 10)]} ${["Smith", "Jones", "García", "Müller", "Rossi"][Math.floor(rng() * 5)]}`;

/** What a job run does to each of its items: revoke stale devices, old tokens, bulk changes, policy joins. */
export type JobKind = { maker: Maker; weight: number; meanItems: number };

export const JOB_KINDS: JobKind[] = [
  {
    maker: (rng, cast) =>
      onUser("device.delete", (r, userId) => ({
        input: { userId, deviceId: hex(r, 10).toUpperCase(), reason: "stale" },
      }))(rng, cast),
    weight: 5,
    meanItems: 250,
  },
  {
    maker: (rng, cast) =>
      onUser("token.revoke_old", (r, userId) => ({
        input: { userId, tokenId: hex(r, 12), ageDays: 90 + Math.floor(r() * 300) },
      }))(rng, cast),
    weight: 2,
    meanItems: 60,
  },
  {
    maker: (rng, cast) => userFlag("user.set_locked", "locked")(rng, cast),
    weight: 1,
    meanItems: 120,
  },
  {
    maker: (rng, cast) =>
      onUser("user.deactivate", (r, userId) => ({
        input: { userId, erase: false },
        result: { userId, devicesLoggedOut: Math.floor(r() * 4) },
        changes: [{ field: "deactivated", from: false, to: true }],
      }))(rng, cast),
    weight: 1,
    meanItems: 80,
  },
  {
    maker: (rng, cast) =>
      onRoom("room.join", (r, roomId, c) => ({
        input: { roomId, userId: c.pickUser(r), reason: "policy" },
      }))(rng, cast),
    weight: 2,
    meanItems: 400,
  },
  {
    maker: (rng, cast) =>
      onUser("user.create", (r, userId) => ({
        input: { userId, displayName: displayName(r), admin: false },
      }))(rng, cast),
    weight: 1,
    meanItems: 150,
  },
];

export const pickJobKind = weightedPicker(
  JOB_KINDS,
  JOB_KINDS.map((kind) => kind.weight),
);

export const FAILURES = [
  { errorCode: "M_NOT_FOUND", errorMessage: "User not found" },
  { errorCode: "M_FORBIDDEN", errorMessage: "You are not a server admin" },
  {
    errorCode: "M_LIMIT_EXCEEDED",
    errorMessage: "Too many requests; Synapse asked to wait 2.1 s and the retries ran out",
  },
  { errorCode: "M_UNKNOWN", errorMessage: "Internal server error" },
  { errorCode: null, errorMessage: "Synapse did not answer within 30 s" },
] as const;
