import { describe, expect, it } from "vitest";
import { adminTestClient, createTestRoom } from "./testing/synapse-fixture";

describe("background work on the real Synapse", () => {
  it("pauses and resumes background updates, saying the state now in force", async () => {
    const { client } = await adminTestClient();
    const before = await client.backgroundUpdates.status();
    expect(before.enabled).toBe(true);
    try {
      expect(await client.backgroundUpdates.setEnabled(false)).toBe(false);
      expect((await client.backgroundUpdates.status()).enabled).toBe(false);
    } finally {
      expect(await client.backgroundUpdates.setEnabled(true)).toBe(true);
    }
    expect((await client.backgroundUpdates.status()).enabled).toBe(true);
  });

  it("lists the room deletion task Synapse scheduled, by status and resource", async () => {
    const { admin, client } = await adminTestClient();
    const roomId = await createTestRoom(admin.token, "scheduled task room");
    const deleteId = await client.rooms.delete(roomId, {
      block: false,
      purge: true,
      forcePurge: true,
    });
    const tasks = await client.scheduledTasks.list({ resource_id: roomId });
    expect(tasks.map((task) => task.id)).toEqual([deleteId]);
    expect(tasks[0]).toMatchObject({ action: "shutdown_and_purge_room", resource_id: roomId });
    const none = await client.scheduledTasks.list({ resource_id: roomId, status: "cancelled" });
    expect(none).toEqual([]);
  });
});
