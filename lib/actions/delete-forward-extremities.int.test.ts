import { describe, expect, it } from "vitest";
import { createTestRoom } from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { deleteForwardExtremities } = await import("./delete-forward-extremities");
const { db } = await import("@/lib/db");

const checker = await registerTestUser("extremities-checker", true);
const as = (role: "admin" | "operator") => async () => ({ matrixId: `@x-${role}:localhost`, role });

const entriesFor = (roomId: string) =>
  db.auditEntry.findMany({
    where: { action: "room.delete_forward_extremities", targetId: roomId },
    include: { outcome: true },
  });

describe("deleting a room's forward extremities", () => {
  it("answers with Synapse's count deleted (0 when the room has only its newest) and audits the count before and after", async () => {
    const roomId = await createTestRoom(checker.token, "Extremities");
    const before = await checker.client.rooms.forwardExtremities(roomId);
    expect(before.count).toBe(1);
    expect(before.results[0]).toMatchObject({ event_id: expect.stringMatching(/^\$/) });

    const result = await runAction(deleteForwardExtremities.definition, { roomId }, as("admin"));
    expect(result).toEqual({ ok: true, data: { roomId, deleted: 0, remaining: 1 } });
    // Synapse keeps the newest: the same extremity is still there.
    expect(await checker.client.rooms.forwardExtremities(roomId)).toMatchObject({
      count: 1,
      results: [{ event_id: before.results[0]?.event_id }],
    });

    const entries = await entriesFor(roomId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: "@x-admin:localhost",
      targetType: "room",
      input: { roomId },
      outcome: {
        outcome: "success",
        result: { deleted: 0, remaining: 1 },
        changes: [{ field: "forward_extremities", from: 1, to: 1 }],
      },
    });
  });

  it("says there is nothing to delete in a room Synapse has no extremities for, instead of its error 500", async () => {
    const roomId = "!no-such-room-for-extremities:localhost";
    const result = await runAction(deleteForwardExtremities.definition, { roomId }, as("admin"));
    expect(result).toMatchObject({
      ok: false,
      error: `${roomId} has no forward extremities (or is no room on this homeserver): there is nothing to delete.`,
    });
    const entries = await entriesFor(roomId);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.outcome).toMatchObject({ outcome: "failure" });
  });

  it("refuses an operator before anything is audited or sent", async () => {
    const roomId = await createTestRoom(checker.token, "Extremities kept");
    const result = await runAction(deleteForwardExtremities.definition, { roomId }, as("operator"));
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    expect(await entriesFor(roomId)).toHaveLength(0);
  });
});
