import { db } from "@/lib/db";
import type { PolicyDocument } from "@/lib/policy/document/schema";
import type { CurrentRoom, CurrentState, CurrentUser } from "@/lib/policy/state";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";
import {
  createLimiter,
  isSynapseError,
  type SynapseClient,
  type SynapseUserListEntry,
} from "@/lib/synapse";
import { powerOf, readPowerLevels, type RoomPowerLevels } from "./power-levels";

/** Users per page of Synapse's users list: 10,000 users are 20 requests. */
export const USERS_PAGE_SIZE = 500;
/** Requests in flight at once; the same bound whatever the server's size. */
export const LIVE_READ_CONCURRENCY = 8;

export type LiveStateContext = { serverName: string; serviceUserId: string };

export type LiveReadOptions = {
  /** Users per page of the users list (tests page through a small server with a small one). */
  usersPageSize?: number;
  /**
   * Users whose email addresses to read too, one request each (a lifecycle run's few users): only
   * for them does the plan compare emails.
   */
  emailsOf?: ReadonlySet<string>;
};

type RoomReading = { roomId: string; members: string[]; levels: RoomPowerLevels | null };

/** Every room the policy manages or declares, as written (IDs and aliases), once each. */
function roomReferences(policy: PolicyDocument): string[] {
  const declared = (policy.rooms ?? []).map((room) => room.alias);
  return [...new Set([...(policy.managedRoomIds ?? []), ...declared])];
}

/**
 * Reads what the policy manages from Synapse, for the planner: the users list in pages (never a
 * request per user), each declared or managed alias resolved once, and per existing managed room
 * its members and its m.room.power_levels (2 requests). So a read costs
 * ceil(users / 500) + aliases + 2 × rooms requests, plus one per user of `emailsOf` (a lifecycle
 * run's few), at most 8 in flight at any moment (one bound for all of them, no waiting for a
 * batch), and `requests` says how many were sent. Users are the policy's users that exist; their
 * joined rooms are the managed rooms they are members of, with their power there. A room that does
 * not exist is left out.
 */
export async function readLiveState(
  synapse: SynapseClient,
  policy: PolicyDocument,
  context: LiveStateContext,
  options: LiveReadOptions = {},
): Promise<{ state: CurrentState; requests: number }> {
  const pageSize = options.usersPageSize ?? USERS_PAGE_SIZE;
  const limited = createLimiter(LIVE_READ_CONCURRENCY);
  let requests = 0;
  // Every request goes through here: counted, and never more than the bound in flight at once.
  const request: Request = (call) =>
    limited(() => {
      requests += 1;
      return call();
    });
  const aliasTargets = new Map<string, string>();
  const readings = new Map<string, RoomReading>();
  const wanted = new Set<string>();

  const readRoomOnce = async (roomId: string) => {
    if (wanted.has(roomId)) return;
    wanted.add(roomId);
    const reading = await readRoom(synapse, roomId, request);
    if (reading) readings.set(roomId, reading);
  };
  // The rooms are read while the users list is paged; an alias's room as soon as it resolves.
  const [users] = await Promise.all([
    readAllUsers(synapse, pageSize, request),
    ...roomReferences(policy).map(async (reference) => {
      if (!reference.startsWith("#")) return readRoomOnce(reference);
      const roomId = await request(() => synapse.rooms.resolveAlias(reference)).catch(
        orNullIfMissing,
      );
      if (!roomId) return;
      aliasTargets.set(reference, roomId);
      await readRoomOnce(roomId);
    }),
  ]);

  const avatars = await db.policyAvatar.findMany({ where: { homeserverId: HOMESERVER_ID } });
  const emails = await readEmails(synapse, users, options.emailsOf, request);
  const state = buildState(policy, context, {
    users,
    emails,
    readings: [...readings.values()],
    aliasTargets,
    avatars: new Map(avatars.map((row) => [row.userId, row])),
  });
  return { state, requests };
}

type Request = <T>(call: () => Promise<T>) => Promise<T>;

/** The email addresses of each asked-for user that exists (GET /_synapse/admin/v2/users/<id>). */
async function readEmails(
  synapse: SynapseClient,
  users: SynapseUserListEntry[],
  wanted: ReadonlySet<string> | undefined,
  request: Request,
): Promise<ReadonlyMap<string, string[]>> {
  if (!wanted?.size) return new Map();
  const existing = users.filter((user) => wanted.has(user.name)).map((user) => user.name);
  const read = await Promise.all(
    existing.map(async (userId) => {
      const user = await request(() => synapse.users.get(userId));
      const emails = user.threepids.filter((threepid) => threepid.medium === "email");
      return [userId, emails.map(({ address }) => address)] as const;
    }),
  );
  return new Map(read);
}

/** Every user, in pages: the first says how many there are, the others are then read side by side. */
async function readAllUsers(synapse: SynapseClient, pageSize: number, request: Request) {
  const first = await request(() => synapse.users.list(usersPage(0, pageSize)));
  const starts: number[] = [];
  for (let from = pageSize; from < first.total; from += pageSize) starts.push(from);
  const rest = await Promise.all(
    starts.map((from) => request(() => synapse.users.list(usersPage(from, pageSize)))),
  );
  return [first, ...rest].flatMap((page) => page.users);
}

/** One page of every user: deactivated and locked ones included, in the indexed name order. */
const usersPage = (from: number, limit: number) => ({
  from,
  limit,
  locked: true,
  order_by: "name" as const,
});

function orNullIfMissing(error: unknown): null {
  if (isSynapseError(error, "not_found")) return null;
  throw error;
}

/** A room's members and power levels (2 requests), or null when Synapse does not know the room. */
async function readRoom(
  synapse: SynapseClient,
  roomId: string,
  counted: <T>(call: () => Promise<T>) => Promise<T>,
): Promise<RoomReading | null> {
  const [members, powerEvents] = await Promise.all([
    counted(() => synapse.rooms.members(roomId)).catch(orNullIfMissing),
    counted(() => synapse.rooms.stateOfType(roomId, "m.room.power_levels")).catch(orNullIfMissing),
  ]);
  if (!members) return null;
  const event = powerEvents?.find((item) => item.state_key === "");
  return { roomId, members, levels: event ? readPowerLevels(event.content) : null };
}

type Readings = {
  users: SynapseUserListEntry[];
  readings: RoomReading[];
  aliasTargets: ReadonlyMap<string, string>;
  avatars: ReadonlyMap<string, { sourceHash: string; mxcUri: string }>;
  emails: ReadonlyMap<string, string[]>;
};

function buildState(
  policy: PolicyDocument,
  context: LiveStateContext,
  { users, readings, aliasTargets, avatars, emails }: Readings,
): CurrentState {
  const byId = new Map(users.map((user) => [user.name, user]));
  const aliasOf = new Map([...aliasTargets].map(([alias, roomId]) => [roomId, alias]));
  const joinedRoomsOf = new Map<string, CurrentUser["joinedRooms"]>();
  for (const { roomId, members, levels } of readings) {
    for (const member of members) {
      const powerLevel = levels ? powerOf(levels, member) : 0;
      const joined = joinedRoomsOf.get(member) ?? [];
      joined.push({ roomId, powerLevel });
      joinedRoomsOf.set(member, joined);
    }
  }
  const currentUsers: CurrentUser[] = [];
  for (const { id } of policy.users ?? []) {
    const user = byId.get(id);
    if (!user) continue;
    const avatar = avatars.get(id);
    // The stored source counts only while the user still shows the picture made from it.
    const sourceHash = avatar && avatar.mxcUri === user.avatar_url ? avatar.sourceHash : null;
    currentUsers.push({
      id,
      active: !user.deactivated,
      displayName: user.displayname,
      avatarMxcUri: user.avatar_url,
      avatarSourceUriHash: sourceHash,
      joinedRooms: joinedRoomsOf.get(id) ?? [],
      admin: user.admin,
      userType: user.user_type,
      ...(emails.has(id) ? { emails: emails.get(id) } : {}),
    });
  }
  const rooms = readings.map(({ roomId, members, levels }): CurrentRoom => {
    const alias = aliasOf.get(roomId);
    const serviceJoined = members.includes(context.serviceUserId);
    return {
      roomId,
      ...(alias ? { alias } : {}),
      ...(levels && {
        // A service account outside the room can send nothing there, whatever its level says.
        serviceAccountPower: serviceJoined ? powerOf(levels, context.serviceUserId) : -1,
        powerLevelsChangeLevel: levels.powerLevelsChangeLevel,
        kickLevel: levels.kickLevel,
        usersDefault: levels.usersDefault,
      }),
    };
  });
  return { users: currentUsers, rooms };
}
