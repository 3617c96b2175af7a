import { describe, expect, it } from "vitest";
import type { SynapseHierarchyRoom } from "@/lib/synapse/room-hierarchy";
import { buildSpaceTree } from "./space-tree";

const room = (
  roomId: string,
  children: string[] = [],
  type: string | null = null,
): SynapseHierarchyRoom => ({
  room_id: roomId,
  name: roomId.slice(1, 4),
  topic: null,
  canonical_alias: null,
  room_type: type,
  num_joined_members: 1,
  join_rule: "invite",
  children_state: children.map((child) => ({ state_key: child, content: { via: ["x"] } })),
});

const shape = (rooms: SynapseHierarchyRoom[]) =>
  buildSpaceTree(rooms).map((node) =>
    node.kind === "room" ? `${node.depth}:${node.room.room_id}` : `${node.depth}:?${node.roomId}`,
  );

describe("a page of a space's hierarchy as a tree", () => {
  it("puts each child under its parent, subspaces' rooms one level deeper", () => {
    const rooms = [
      room("!space", ["!a", "!sub"], "m.space"),
      room("!a"),
      room("!sub", ["!b"], "m.space"),
      room("!b"),
    ];
    expect(shape(rooms)).toEqual(["0:!space", "1:!a", "1:!sub", "2:!b"]);
  });

  it("names a child that is not on the page, and starts a later page's orphans at the top", () => {
    expect(shape([room("!space", ["!a", "!remote"], "m.space"), room("!a")])).toEqual([
      "0:!space",
      "1:!a",
      "1:?!remote",
    ]);
    expect(shape([room("!c"), room("!d", ["!e"], "m.space"), room("!e")])).toEqual([
      "0:!c",
      "0:!d",
      "1:!e",
    ]);
  });

  it("shows each room once when spaces list each other", () => {
    const rooms = [room("!x", ["!y"], "m.space"), room("!y", ["!x"], "m.space")];
    expect(shape(rooms)).toEqual(["0:!x", "1:!y"]);
  });
});
