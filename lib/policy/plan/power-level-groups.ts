import type { CurrentRoom } from "@/lib/policy/state";
import type { PolicyAction } from "./actions";
import type { ImpossibleAction } from "./impossible-action";
import type { RoomIndex } from "./room-index";

type Entry = {
  level: number;
  /** Their power now; undefined for someone the plan joins (then the room's users_default). */
  current: number | undefined;
};

const powerAction = (roomId: string, roomPowerForUserId: Record<string, number>): PolicyAction => ({
  type: "room.users_set_power_levels",
  payload: { roomId, roomPowerForUserId },
});

/**
 * Power-level changes gathered per room, as corporal groups them: one action per room. Where the
 * live read saw the console's account lacking the power Matrix requires, the change goes to
 * `impossible` instead, with the reason and, where it would help, "make the console room admin".
 */
export class PowerLevelGroups {
  private readonly byRoom = new Map<string, Map<string, Entry>>();

  constructor(
    private readonly rooms: RoomIndex,
    private readonly serviceUserId: string | undefined,
  ) {}

  add(roomId: string, userId: string, entry: Entry) {
    const entries = this.byRoom.get(roomId);
    if (entries) entries.set(userId, entry);
    else this.byRoom.set(roomId, new Map([[userId, entry]]));
  }

  finish(): { actions: PolicyAction[]; impossible: ImpossibleAction[] } {
    const actions: PolicyAction[] = [];
    const impossible: ImpossibleAction[] = [];
    const roomIds = [...this.byRoom.keys()].sort(
      (a, b) => this.rooms.managedOrder(a) - this.rooms.managedOrder(b),
    );
    for (const roomId of roomIds) {
      const room = this.rooms.infoOf(roomId);
      const possible: Record<string, number> = {};
      for (const [userId, entry] of this.byRoom.get(roomId) ?? []) {
        const refusal = room && this.refusal(room, userId, entry);
        if (!refusal) possible[userId] = entry.level;
        // A new member at the room's default level needs no change: nothing to report.
        else if (entry.current !== undefined || entry.level !== (room.usersDefault ?? 0)) {
          impossible.push({ action: powerAction(roomId, { [userId]: entry.level }), ...refusal });
        }
      }
      if (Object.keys(possible).length > 0) actions.push(powerAction(roomId, possible));
    }
    return { actions, impossible: mergeByRoomReason(impossible) };
  }

  /** Why Matrix's rules (event auth for m.room.power_levels) would refuse this change, if they would. */
  private refusal(room: CurrentRoom, userId: string, { level, current }: Entry) {
    const own = room.serviceAccountPower;
    if (own === undefined) return null;
    const remedy = { kind: "make_room_admin" as const, roomId: room.roomId };
    const account = `the console's account${this.serviceUserId ? ` ${this.serviceUserId}` : ""}`;
    const needed = room.powerLevelsChangeLevel;
    if (own < 0) return { reason: `${account} is not in ${room.roomId}`, remedy };
    if (needed !== undefined && own < needed) {
      return {
        reason: `${account} has power ${own} in ${room.roomId}, and changing power levels there needs ${needed}`,
        remedy,
      };
    }
    if (level > own) {
      return {
        reason: `${account} has power ${own} in ${room.roomId}, so it cannot give anyone ${level}`,
        remedy,
      };
    }
    const before = current ?? room.usersDefault ?? 0;
    if (userId !== this.serviceUserId && before >= own && before !== level) {
      return {
        reason: `${userId} has power ${before} in ${room.roomId}, not below ${account}'s ${own}; Matrix lets nobody change the power of someone at or above their own level`,
      };
    }
    return null;
  }
}

/** One impossible entry per room and reason, listing every user it holds up. */
function mergeByRoomReason(entries: ImpossibleAction[]): ImpossibleAction[] {
  const merged = new Map<string, ImpossibleAction>();
  for (const entry of entries) {
    if (entry.action.type !== "room.users_set_power_levels") continue;
    const key = `${entry.action.payload.roomId}\n${entry.reason}`;
    const earlier = merged.get(key);
    if (earlier?.action.type === "room.users_set_power_levels") {
      Object.assign(
        earlier.action.payload.roomPowerForUserId,
        entry.action.payload.roomPowerForUserId,
      );
    } else merged.set(key, entry);
  }
  return [...merged.values()];
}
