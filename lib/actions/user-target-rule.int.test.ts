// Allowed cells of the role × action × target matrix, run for real against Synapse, and the rule's
// per-user lines in bulk requests (the room page's join and the users list's job).
import { describe, expect, it } from "vitest";
import { createSynapseClient } from "@/lib/synapse";
import { prepareTestAppEnv, registerTestUser, requireEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { resetPassword } = await import("./reset-password");
const { setUserLocked } = await import("./set-user-locked");
const { joinUserToRoom } = await import("./join-user-to-room");
const { joinRoomUsers } = await import("./join-room-users");
const { lockUsers } = await import("./lock-users");
const { makeConsoleRoomAdmin } = await import("./make-console-room-admin");
const { setRoomPowerLevel } = await import("./set-member-power-level");
const { db } = await import("@/lib/db");
const { getHomeserverOrThrow } = await import("@/lib/homeserver/get-homeserver");
const { runUserBulkChange } = await import("@/lib/operations/user-bulk-change");
const { testRunContext } = await import("@/lib/devices/testing/test-run");
const { registerWithRole } = await import("./testing/console-roles");
const { userBulkParamsSchema } = await import("@/lib/schemas/bulk-user-actions");

type Role = "viewer" | "operator" | "admin";

const checker = await registerTestUser("rule-checker", true);
const serviceId = (await getHomeserverOrThrow()).serviceUserId ?? "";
const as = (matrixId: string, role: Role) => async () => ({ matrixId, role });
const loginWith = (user: string, password: string) =>
  createSynapseClient({
    baseUrl: requireEnv("SYNAPSE_URL"),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  }).session.login({ user, password });
const entriesBy = (actorId: string) =>
  db.auditEntry.findMany({
    where: { actorId },
    include: { outcome: true },
    orderBy: { id: "asc" },
  });

const newRoom = async () =>
  (await checker.client.rooms.create({ preset: "public_chat", name: "rule room" })).roomId;

describe("the user-target rule, allowed changes made for real", () => {
  it("lets an operator reset a plain user's password, and an admin a console operator's and a Synapse admin's", async () => {
    const operator = await registerWithRole("rule-operator", "operator");
    const admin = await registerWithRole("rule-admin", "admin");
    const plain = await registerTestUser("rule-plain");
    const synapseAdmin = await registerTestUser("rule-synapse-admin", true);

    const cases = [
      { actor: operator, role: "operator" as const, target: plain },
      { actor: admin, role: "admin" as const, target: operator },
      { actor: admin, role: "admin" as const, target: synapseAdmin },
    ];
    for (const { actor, role, target } of cases) {
      const password = `new-${target.password}`;
      const result = await runAction(
        resetPassword.definition,
        { userId: target.id, password, logoutDevices: false },
        as(actor.id, role),
      );
      expect(result).toMatchObject({ ok: true });
      expect((await loginWith(target.id, password)).user_id).toBe(target.id);
    }
  });

  it("lets an operator lock a plain user, but not a fellow operator", async () => {
    const operator = await registerWithRole("rule-locker", "operator");
    const plain = await registerTestUser("rule-lockee");
    const colleague = await registerWithRole("rule-colleague", "operator");
    const lock = (userId: string) =>
      runAction(setUserLocked.definition, { userId, enabled: true }, as(operator.id, "operator"));

    expect(await lock(plain.id)).toMatchObject({ ok: true });
    expect((await checker.client.users.get(plain.id)).locked).toBe(true);
    expect(await lock(colleague.id)).toEqual({
      ok: false,
      error: `${colleague.id} holds the console operator role: changing them needs the admin role; you are operator.`,
      requestId: expect.any(String),
    });
    expect((await checker.client.users.get(colleague.id)).locked).toBe(false);
  });

  it("lets an admin join themselves to a room with a reason, kept in the audit entry; an operator may not", async () => {
    const admin = await registerWithRole("rule-entering-admin", "admin");
    const operator = await registerWithRole("rule-entering-operator", "operator");
    const roomId = await newRoom();
    const reason = "Incident 4711: checking reported spam";

    const refused = await runAction(
      joinUserToRoom.definition,
      { userId: operator.id, room: roomId, reason },
      as(operator.id, "operator"),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: `${operator.id} is your own account: acting on yourself, such as entering a room or raising your own power, needs the admin role; you are operator.`,
    });
    expect(await checker.client.users.joinedRooms(operator.id)).not.toContain(roomId);
    expect(await entriesBy(operator.id)).toEqual([]);

    const noReason = await runAction(
      joinUserToRoom.definition,
      { userId: admin.id, room: roomId, reason: " no " },
      as(admin.id, "admin"),
    );
    expect(noReason).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["must say why, in at least 5 characters"] },
    });

    const joined = await runAction(
      joinUserToRoom.definition,
      { userId: admin.id, room: roomId, reason },
      as(admin.id, "admin"),
    );
    expect(joined).toMatchObject({ ok: true, data: { roomId } });
    expect(await checker.client.users.joinedRooms(admin.id)).toContain(roomId);
    expect(await entriesBy(admin.id)).toMatchObject([
      {
        action: "user.join_room",
        targetId: admin.id,
        input: { userId: admin.id, room: roomId, reason },
        outcome: { outcome: "success" },
      },
    ]);
  });

  it("lets an admin raise their own power level with a reason; an operator may not raise theirs", async () => {
    const admin = await registerWithRole("rule-power-admin", "admin");
    const operator = await registerWithRole("rule-power-operator", "operator");
    const roomId = await newRoom();
    const reason = "Taking over moderation of this room";
    expect(
      await runAction(makeConsoleRoomAdmin.definition, { roomId }, as(admin.id, "admin")),
    ).toMatchObject({ ok: true });
    const levelOf = async (userId: string) => {
      const state = await checker.client.rooms.state(roomId);
      const event = state.find((item) => item.type === "m.room.power_levels");
      return (event?.content.users as Record<string, number> | undefined)?.[userId];
    };
    const setLevel = (userId: string, level: number, actor: ReturnType<typeof as>) =>
      runAction(setRoomPowerLevel.definition, { roomId, userId, level, reason }, actor);

    const refused = await setLevel(operator.id, 100, as(operator.id, "operator"));
    expect(refused).toMatchObject({
      ok: false,
      error: expect.stringContaining("your own account"),
    });
    expect(await levelOf(operator.id)).toBeUndefined();

    // Nor may an operator make anyone else room admin: 99 is theirs to give, 100 an admin's.
    const plain = await registerTestUser("rule-room-admin-plain");
    const aide = await setLevel(plain.id, 99, as(operator.id, "operator"));
    expect(aide).toMatchObject({ ok: true, data: { after: 99 } });
    const handedOver = await setLevel(plain.id, 100, as(operator.id, "operator"));
    expect(handedOver).toMatchObject({
      ok: false,
      error: `${plain.id} would get power level 100 or more in ${roomId}: making someone room admin needs the admin role; you are operator.`,
    });
    expect(await levelOf(plain.id)).toBe(99);

    const raised = await setLevel(admin.id, 100, as(admin.id, "admin"));
    expect(raised).toMatchObject({ ok: true, data: { after: 100 } });
    expect(await levelOf(admin.id)).toBe(100);
    expect(
      (await entriesBy(admin.id)).find((entry) => entry.action === "room.set_power_level"),
    ).toMatchObject({ input: { userId: admin.id, level: 100, reason } });
  });

  it("joins the allowed users of a room-page request and refuses the others on their own line", async () => {
    const operator = await registerWithRole("rule-joiner", "operator");
    const plain = await registerTestUser("rule-join-plain");
    const consoleAdmin = await registerWithRole("rule-join-admin", "admin");
    const roomId = await newRoom();
    const reason = "Onboarding the support team";

    const result = await runAction(
      joinRoomUsers.definition,
      { roomId, userIds: [plain.id, consoleAdmin.id, operator.id].join("\n"), reason },
      as(operator.id, "operator"),
    );
    expect(result).toMatchObject({
      ok: true,
      data: [
        { userId: plain.id, ok: true },
        {
          userId: consoleAdmin.id,
          ok: false,
          error: `${consoleAdmin.id} holds the console admin role: changing them needs the admin role; you are operator.`,
        },
        { userId: operator.id, ok: false, error: expect.stringContaining("your own account") },
      ],
    });
    expect(await checker.client.users.joinedRooms(plain.id)).toContain(roomId);
    for (const refused of [consoleAdmin, operator])
      expect(await checker.client.users.joinedRooms(refused.id)).not.toContain(roomId);
    expect(await entriesBy(operator.id)).toMatchObject([
      { action: "room.join_user", input: { userId: plain.id, reason } },
    ]);
  });

  it("bulk-locks the allowed users with the asker's role kept in the run; the others fail on their own line", async () => {
    const operator = await registerWithRole("rule-bulk-operator", "operator");
    const plain = await registerTestUser("rule-bulk-plain");
    const synapseAdmin = await registerTestUser("rule-bulk-synapse-admin", true);
    const userIds = [plain.id, synapseAdmin.id, serviceId];

    const refusedAll = await runAction(
      lockUsers.definition,
      { userIds: [synapseAdmin.id, serviceId] },
      as(operator.id, "operator"),
    );
    expect(refusedAll).toMatchObject({ ok: false });
    expect(await entriesBy(operator.id)).toEqual([]);

    const asked = await runAction(lockUsers.definition, { userIds }, as(operator.id, "operator"));
    if (!asked.ok) throw new Error(asked.error);
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: asked.data.runId } });
    expect(run.params).toEqual({ change: "lock", userIds, requestedByRole: "operator" });

    // The job's own work, as the worker would do it with the run's parameters.
    await runUserBulkChange(
      checker.client,
      userBulkParamsSchema.parse(run.params),
      testRunContext(run.id, { requestedBy: operator.id }),
    );
    const items = await db.jobRunItem.findMany({ where: { runId: run.id } });
    expect(Object.fromEntries(items.map((item) => [item.key, item.error]))).toEqual({
      [plain.id]: null,
      [synapseAdmin.id]: `${synapseAdmin.id} is a Synapse server admin: changing them needs the admin role; you are operator.`,
      [serviceId]: `${serviceId} is the console's own service account: the console never locks it.`,
    });
    expect((await checker.client.users.get(plain.id)).locked).toBe(true);
    expect((await checker.client.users.get(synapseAdmin.id)).locked).toBe(false);
    expect((await checker.client.users.get(serviceId)).locked).toBe(false);
    const locks = await db.auditEntry.findMany({
      where: { action: "user.lock", actorId: `job:${run.id}` },
    });
    expect(locks.map((entry) => entry.targetId)).toEqual([plain.id]);
  });
});
