import type { PolicyDocument } from "@/lib/policy/document/schema";
import type { CurrentRoom, CurrentState } from "@/lib/policy/state";

/**
 * The rooms a plan talks about. A reference is a room ID or a declared alias; it resolves to the
 * room ID once the room exists, and stays the alias for a room the plan creates. Without `rooms`
 * in the state (corporal's files) every managed room is taken to exist.
 */
export type RoomIndex = {
  resolve(reference: string): string;
  isManaged(roomId: string): boolean;
  /** Managed rooms' order in the policy, for a stable order of per-room actions. */
  managedOrder(roomId: string): number;
  /** What the live read saw of the room; undefined for rooms it did not read or that the plan creates. */
  infoOf(roomId: string): CurrentRoom | undefined;
  /** Neither on the server nor declared for the plan to create. */
  isMissing(reference: string): boolean;
  existingAliases: ReadonlySet<string>;
};

export function indexRooms(state: CurrentState, policy: PolicyDocument): RoomIndex {
  const declared = new Set((policy.rooms ?? []).map((room) => room.alias));
  const byId = new Map((state.rooms ?? []).map((room) => [room.roomId, room]));
  const idByAlias = new Map(
    (state.rooms ?? []).flatMap((room) => (room.alias ? [[room.alias, room.roomId] as const] : [])),
  );
  const resolve = (reference: string) =>
    reference.startsWith("#") ? (idByAlias.get(reference) ?? reference) : reference;
  const order = new Map<string, number>();
  for (const reference of policy.managedRoomIds ?? []) {
    const roomId = resolve(reference);
    if (!order.has(roomId)) order.set(roomId, order.size);
  }
  const knowsRooms = state.rooms !== undefined;
  return {
    resolve,
    isManaged: (roomId) => order.has(roomId),
    managedOrder: (roomId) => order.get(roomId) ?? order.size,
    infoOf: (roomId) => byId.get(roomId),
    isMissing(reference) {
      const roomId = resolve(reference);
      if (roomId.startsWith("#")) return !declared.has(roomId);
      return knowsRooms && !byId.has(roomId);
    },
    existingAliases: new Set(idByAlias.keys()),
  };
}
