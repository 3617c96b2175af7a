import { describe, expect, it } from "vitest";
import type { PolicyAction } from "@/lib/policy/plan/actions";
import { isMembershipAction, MEMBERSHIP_CHUNK, membershipChunks } from "./membership-snapshot";

const join = (userId: string, roomId: string) =>
  ({ type: "room.join", payload: { userId, roomId } }) as const;

describe("membershipChunks", () => {
  it("orders a phase by room and cuts it every MEMBERSHIP_CHUNK actions, losing none", () => {
    const rooms = ["!c:x", "!a:x", "!b:x"];
    const phase = Array.from({ length: 250 }, (_, i) => join(`@u${i}:x`, rooms[i % 3] ?? ""));
    const chunks = membershipChunks(phase);
    expect(chunks.map((chunk) => chunk.length)).toEqual([MEMBERSHIP_CHUNK, MEMBERSHIP_CHUNK, 50]);
    const flat = chunks.flat();
    expect(new Set(flat)).toEqual(new Set(phase));
    const order = flat.map((action) => action.payload.roomId);
    expect(order).toEqual([...order].sort());
    // So a chunk spans few rooms: here at most two.
    for (const chunk of chunks) {
      expect(new Set(chunk.map((action) => action.payload.roomId)).size).toBeLessThanOrEqual(2);
    }
  });

  it("knows joins and leaves from the other actions", () => {
    const leave = { type: "room.leave", payload: { userId: "@a:x", roomId: "!a:x" } } as const;
    const create = {
      type: "user.create",
      payload: { userId: "@a:x" },
    } as unknown as PolicyAction;
    expect([join("@a:x", "!a:x"), leave, create].map(isMembershipAction)).toEqual([
      true,
      true,
      false,
    ]);
  });
});
