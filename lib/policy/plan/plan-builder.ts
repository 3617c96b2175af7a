import type { PolicyAction } from "./actions";
import type { GroupRooms } from "./group-rooms";
import type { ImpossibleAction } from "./impossible-action";
import { PowerLevelGroups } from "./power-level-groups";
import type { RoomIndex } from "./room-index";

export type PlanContext = {
  /** The console's own account: never deactivated, never taken out of a managed room. */
  serviceUserId?: string;
  /** Who will apply the plan: never deactivated by it. */
  appliedBy?: string;
};

/** The plan being made, one list per phase, so the phases come out in the contract's order. */
export type PlanBuilder = ReturnType<typeof startPlan>;

export function startPlan(rooms: RoomIndex, context: PlanContext, groups: GroupRooms = new Map()) {
  return {
    rooms,
    groups,
    context,
    accounts: [] as PolicyAction[],
    profiles: [] as PolicyAction[],
    roles: [] as PolicyAction[],
    joins: [] as PolicyAction[],
    power: new PowerLevelGroups(rooms, context.serviceUserId),
    leaves: [] as PolicyAction[],
    deactivations: [] as PolicyAction[],
    impossible: [] as ImpossibleAction[],
    warnings: [] as string[],
  };
}
