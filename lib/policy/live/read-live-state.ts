import { db } from "@/lib/db";
import type { PolicyDocument } from "@/lib/policy/document/schema";
import type { CurrentRoom, CurrentState, CurrentUser } from "@/lib/policy/state";
import { HOMESERVER_ID } from "@/lib/policy/versions";
import {
  isSynapseError,
  mapWithConcurrency,
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
 * ceil(users / 500) + aliases + 2 × rooms requests, at most 8 at a time, and `requests` says how
 * many were sent. Users are the policy's users that exist; their joined rooms are the managed
 * rooms they are members of, with their power there. A room that does not exist is left out.
 */
export async function readLiveState(
  synapse: SynapseClient,
  policy: PolicyDocument,
  context: LiveStateContext,
  options: LiveReadOptions = {},
): Promise<{ state: CurrentState; requests: number }> {
  const pageSize = options.usersPageSize ?? USERS_PAGE_SIZE;
  let requests = 0;
  const counted = <T>(call: () => Promise<T>) => {
    requests += 1;
    return call();
  };
  const references = roomReferences(policy);
  const aliases = references.filter((reference) => reference.startsWith("#"));
  const aliasTargets = new Map<string, string>();
  const users: SynapseUserListEntry[] = [];
  let totalUsers = 0;

  await runAll([
    async () => {
      const page = await counted(() => synapse.users.list(usersPage(0, pageSize)));
      users.push(...page.users);
      totalUsers = page.total;
    },
    ...aliases.map((alias) => async () => {
      const roomId = await counted(() => synapse.rooms.resolveAlias(alias)).catch(orNullIfMissing);
      if (roomId) aliasTargets.set(alias, roomId);
    }),
  ]);

  const roomIds = [
    ...new Set(
      references.flatMap((reference) => {
        if (!reference.startsWith("#")) return [reference];
        const target = aliasTargets.get(reference);
        return target ? [target] : [];
      }),
    ),
  ];
  const readings = new Map<string, RoomReading>();
  const pageStarts: number[] = [];
  for (let from = pageSize; from < totalUsers; from += pageSize) pageStarts.push(from);

  await runAll([
    ...pageStarts.map((from) => async () => {
      const page = await counted(() => synapse.users.list(usersPage(from, pageSize)));
      users.push(...page.users);
    }),
    ...roomIds.map((roomId) => async () => {
      const reading = await readRoom(synapse, roomId, counted);
      if (reading) readings.set(roomId, reading);
    }),
  ]);

  const avatars = await db.policyAvatar.findMany({ where: { homeserverId: HOMESERVER_ID } });
  const state = buildState(policy, context, {
    users,
    readings: [...readings.values()],
    aliasTargets,
    avatars: new Map(avatars.map((row) => [row.userId, row])),
  });
  return { state, requests };
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

/** Runs the reads with the concurrency bound; the first failure fails the whole reading. */
async function runAll(tasks: Array<() => Promise<void>>) {
  const settled = await mapWithConcurrency(tasks, LIVE_READ_CONCURRENCY, (task) => task());
  const failed = settled.find((outcome) => !outcome.ok);
  if (failed && !failed.ok) throw failed.error;
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
};

function buildState(
  policy: PolicyDocument,
  context: LiveStateContext,
  { users, readings, aliasTargets, avatars }: Readings,
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
