import { describe, expect, it } from "vitest";
import { createRoom } from "@/lib/synapse/client-rooms";
import { registerWithSharedSecret } from "@/lib/synapse";
import {
  prepareTestAppEnv,
  registerTestUser,
  requireEnv,
  synapseHttp,
} from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { deleteRoom } = await import("./delete-room");
const { db } = await import("@/lib/db");

const checker = await registerTestUser("delete-checker", true);

/** A private room made by a fresh user through the client-server API. */
async function seedRoom(): Promise<string> {
  const owner = await registerWithSharedSecret(synapseHttp(), {
    sharedSecret: requireEnv("SYNAPSE_REGISTRATION_SHARED_SECRET"),
    username: `delete-owner-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    password: "delete-owner-password",
    admin: false,
  });
  return createRoom(synapseHttp(), owner.access_token, {
    name: "Room an operator may not delete",
    preset: "private_chat",
  });
}

describe("deleting a room", () => {
  it("refuses an operator on the server: the room stays and nothing is audited", async () => {
    const roomId = await seedRoom();
    const result = await runAction(
      deleteRoom.definition,
      {
        roomId,
        block: true,
        purge: true,
        forcePurge: true,
        newRoomUserId: "",
        roomName: "",
        message: "",
      },
      async () => ({ matrixId: "@an-operator:localhost", role: "operator" }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    expect((await checker.client.rooms.get(roomId)).room_id).toBe(roomId);
    expect(await db.auditEntry.count({ where: { targetId: roomId } })).toBe(0);
  });
});
