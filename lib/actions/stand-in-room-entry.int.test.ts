// The stand-in attack: an operator creates a plain user whose password they know, then tries every
// way the console has to put that user in a private room (make room admin, make the console room
// admin and join, the users list's join, the room page's join, the bulk join job), to sign in as
// the stand-in and read the room. Each is refused before any audit entry or Synapse change; an
// operator may still join people to a public room.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { createUser } = await import("./create-user");
const { makeRoomAdmin } = await import("./make-room-admin");
const { makeConsoleRoomAdmin } = await import("./make-console-room-admin");
const { joinUserToRoom } = await import("./join-user-to-room");
const { joinRoomUsers } = await import("./join-room-users");
const { joinUsersToRoom } = await import("./join-users-to-room");
const { db } = await import("@/lib/db");
const { getHomeserverOrThrow } = await import("@/lib/homeserver/get-homeserver");
const { runUserBulkChange } = await import("@/lib/operations/user-bulk-change");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");
const { registerWithRole } = await import("./testing/console-roles");

const checker = await registerTestUser("stand-in-checker", true);
const operator = await registerWithRole("stand-in-operator", "operator");
const asOperator = async () => ({ matrixId: operator.id, role: "operator" as const });
const serviceId = (await getHomeserverOrThrow()).serviceUserId ?? "";
const reason = "Reading this room through a stand-in";
const entriesByOperator = () =>
  db.auditEntry.findMany({ where: { actorId: operator.id }, orderBy: { id: "asc" } });

/** The operator's stand-in: a plain user the operator created, with a password they chose. */
async function createStandIn(): Promise<string> {
  const localpart = `stand-in-${randomBytes(4).toString("hex")}`;
  const created = await runAction(
    createUser.definition,
    {
      localpart,
      displayName: "Stand-in",
      password: "stand-in-password-1",
      admin: false,
      userType: "normal",
    },
    asOperator,
  );
  if (!created.ok) throw new Error(created.error);
  return `@${localpart}:${(await getHomeserverOrThrow()).serverName}`;
}

describe("an operator's stand-in account", () => {
  it("cannot be put in a private room by any of the console's ways in", async () => {
    const standIn = await createStandIn();
    const roomId = (await checker.client.rooms.create({ preset: "private_chat", name: "secret" }))
      .roomId;
    expect((await checker.client.rooms.get(roomId)).join_rules).toBe("invite");
    const notPublic = `${standIn} cannot be joined to ${roomId} by an operator: the room is not public (join rule invite); joining people to private rooms needs the admin role.`;
    const entriesBefore = await entriesByOperator();
    expect(entriesBefore.map((entry) => entry.action)).toEqual(["user.create"]);

    const attempts = {
      makeRoomAdmin: await runAction(
        makeRoomAdmin.definition,
        { roomId, userId: standIn, reason },
        asOperator,
      ),
      makeConsoleRoomAdmin: await runAction(
        makeConsoleRoomAdmin.definition,
        { roomId },
        asOperator,
      ),
      joinUserToRoom: await runAction(
        joinUserToRoom.definition,
        { userId: standIn, room: roomId, reason },
        asOperator,
      ),
      roomPageJoin: await runAction(
        joinRoomUsers.definition,
        { roomId, userIds: standIn, reason },
        asOperator,
      ),
      bulkJoin: await runAction(
        joinUsersToRoom.definition,
        { userIds: [standIn], room: roomId, reason },
        asOperator,
      ),
    };
    expect(attempts).toEqual({
      makeRoomAdmin: expect.objectContaining({
        ok: false,
        error: "This needs the admin role; you are operator.",
      }),
      makeConsoleRoomAdmin: expect.objectContaining({
        ok: false,
        error: "This needs the admin role; you are operator.",
      }),
      joinUserToRoom: expect.objectContaining({ ok: false, error: notPublic }),
      roomPageJoin: expect.objectContaining({ ok: false, error: notPublic }),
      bulkJoin: expect.objectContaining({ ok: false, error: notPublic }),
    });

    // A bulk join run asked for by an operator (queued before the check, or its params forged):
    // the job applies the same check with the role kept in the run.
    const params = {
      change: "join_room" as const,
      userIds: [standIn],
      room: roomId,
      reason,
      requestedByRole: "operator" as const,
    };
    const runId = await createTestRun("user_bulk", params, operator.id);
    const summary = await runUserBulkChange(
      checker.client,
      params,
      testRunContext(runId, { requestedBy: operator.id }),
    );
    expect(summary).toMatchObject({ changed: 0, failed: 1 });
    const items = await db.jobRunItem.findMany({ where: { runId } });
    expect(items.map((item) => [item.key, item.ok, item.error])).toEqual([
      [standIn, false, notPublic],
    ]);
    expect(await db.auditEntry.count({ where: { actorId: `job:${runId}` } })).toBe(0);

    const members = await checker.client.rooms.members(roomId);
    expect(members).not.toContain(standIn);
    expect(members).not.toContain(serviceId);
    expect(await checker.client.users.joinedRooms(standIn)).toEqual([]);
    expect(await db.jobRun.count({ where: { requestedBy: operator.id } })).toBe(1);
    expect(await entriesByOperator()).toEqual(entriesBefore);
  });

  it("can still be joined by an operator to a public room", async () => {
    const standIn = await createStandIn();
    const roomId = (await checker.client.rooms.create({ preset: "public_chat", name: "lobby" }))
      .roomId;
    expect((await checker.client.rooms.get(roomId)).join_rules).toBe("public");

    const joined = await runAction(
      joinUserToRoom.definition,
      { userId: standIn, room: roomId, reason: "Welcome to the lobby" },
      asOperator,
    );
    expect(joined).toMatchObject({ ok: true, data: { roomId } });
    expect(await checker.client.rooms.members(roomId)).toContain(standIn);
    expect(
      (await entriesByOperator()).find((entry) => entry.action === "user.join_room"),
    ).toMatchObject({ targetId: standIn, input: { room: roomId } });
  });
});
