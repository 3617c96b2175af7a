import type { SynapseHierarchyRoom } from "@/lib/synapse/room-hierarchy";

/** One line of the tree: a room on this page, or a child named by its parent but not on it. */
export type SpaceTreeNode =
  | { kind: "room"; room: SynapseHierarchyRoom; depth: number }
  | { kind: "elsewhere"; roomId: string; depth: number };

/**
 * A page of Synapse's hierarchy as indented lines. Synapse lists rooms depth first, a child after
 * its parent; a room whose parent is on an earlier page starts at depth 0 here. A child named by a
 * room on this page but not listed on it is on a later page, or a room this server is not in.
 */
export function buildSpaceTree(rooms: readonly SynapseHierarchyRoom[]): SpaceTreeNode[] {
  const byId = new Map(rooms.map((room) => [room.room_id, room]));
  const childIds = new Set(
    rooms.flatMap((room) => room.children_state.map((child) => child.state_key)),
  );
  const placed = new Set<string>();
  const lines: SpaceTreeNode[] = [];
  const visit = (roomId: string, depth: number) => {
    const room = byId.get(roomId);
    if (!room) {
      lines.push({ kind: "elsewhere", roomId, depth });
      return;
    }
    // A space may list itself or an ancestor as a child: each room is shown once.
    if (placed.has(roomId)) return;
    placed.add(roomId);
    lines.push({ kind: "room", room, depth });
    for (const child of room.children_state) visit(child.state_key, depth + 1);
  };
  for (const room of rooms) if (!childIds.has(room.room_id)) visit(room.room_id, 0);
  // Rooms only reachable through a cycle of children still get a line.
  for (const room of rooms) if (!placed.has(room.room_id)) visit(room.room_id, 0);
  return lines;
}
