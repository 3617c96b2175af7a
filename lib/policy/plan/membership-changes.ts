import type { PolicyUser } from "@/lib/policy/document/schema";
import type { CurrentUser } from "@/lib/policy/state";
import { expandJoinedRooms } from "./group-rooms";
import type { PlanBuilder } from "./plan-builder";

/**
 * Corporal's membership rule for one user: join the managed rooms of joinedRooms and of their
 * groups (expandJoinedRooms) they are not in, set their power where it differs (always right
 * after a join, as corporal does, since an earlier level of theirs may still stand in the room),
 * and leave the managed rooms not listed. Rooms
 * outside managedRoomIds are never touched. An inactive user keeps no managed room at all.
 */
export function planMemberships(
  user: PolicyUser,
  current: CurrentUser | undefined,
  plan: PlanBuilder,
) {
  const { rooms } = plan;
  const currentLevels = new Map<string, number>();
  for (const { roomId, powerLevel } of current?.joinedRooms ?? []) {
    if (rooms.isManaged(roomId)) currentLevels.set(roomId, powerLevel);
  }
  const expanded = expandJoinedRooms(user, plan.groups, rooms.resolve);
  for (const name of expanded.unknownGroups) {
    plan.warnings.push(
      `${user.id}: group "${name}" is not declared under "groups", so it adds no room`,
    );
  }
  const wanted = new Set<string>();
  for (const { roomId: reference, powerLevel } of expanded.rooms) {
    const roomId = rooms.resolve(reference);
    if (wanted.has(roomId)) continue;
    if (!rooms.isManaged(roomId)) {
      plan.warnings.push(`${user.id}: ${reference} is not in managedRoomIds, so it is left alone`);
      continue;
    }
    wanted.add(roomId);
    const level = powerLevel ?? 0;
    const currentLevel = currentLevels.get(roomId);
    if (currentLevel === level) continue;
    if (currentLevel === undefined) {
      const join = { type: "room.join" as const, payload: { userId: user.id, roomId } };
      if (rooms.isMissing(reference)) {
        plan.impossible.push({ action: join, reason: `${reference} does not exist on the server` });
        continue;
      }
      plan.joins.push(join);
    }
    plan.power.add(roomId, user.id, { level, current: currentLevel });
  }
  for (const roomId of currentLevels.keys()) {
    if (wanted.has(roomId)) continue;
    const leave = { type: "room.leave" as const, payload: { userId: user.id, roomId } };
    if (user.id === plan.context.serviceUserId) {
      plan.impossible.push({
        action: leave,
        reason: `${user.id} is the console's own account: it stays in managed rooms, or the console could no longer change power levels there`,
      });
    } else plan.leaves.push(leave);
  }
}
