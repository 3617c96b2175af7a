// What an apply refuses and how it fails, on the real Synapse: a failing action fails on its own
// line while the rest go through; a plan of an older version is refused; a version with errors
// cannot be planned.
import { describe, expect, it } from "vitest";
import { createSynapseClient } from "@/lib/synapse";
import {
  adminTestClient,
  registerTestUser,
  uniqueLocalpart,
} from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import type { PolicyDocument } from "./document/schema";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");
const { runPolicyApply } = await import("@/lib/operations/policy/run-policy-apply");
const { actionKey } = await import("./plan/actions");
const { makePlan } = await import("./make-plan");
const { startPolicyApply } = await import("./start-apply");
const { saveVersion } = await import("./versions");
const { consoleAccount, runItemsByKey, savePolicy } = await import("./testing/policy-fixture");

const ASKER = "@policy-failures:localhost";

async function applyInTest(planId: string) {
  const params = { planId, requestedByRole: "admin" as const };
  const runId = await createTestRun("policy_apply", params, ASKER);
  const summary = await runPolicyApply(params, testRunContext(runId, { requestedBy: ASKER }));
  return { runId, summary };
}

describe("applying a policy that meets trouble", () => {
  it("fails a join and a power change the console can no longer make on their own lines, and does the rest", async () => {
    const { client: checker } = await adminTestClient();
    const service = await consoleAccount();
    const tag = uniqueLocalpart("polfail");
    const owner = await registerTestUser({ admin: true, prefix: "polfail-owner" });
    const [joiner, powered, stayer] = await Promise.all([
      registerTestUser({ admin: false, prefix: "polfail-join" }),
      registerTestUser({ admin: false, prefix: "polfail-power" }),
      registerTestUser({ admin: false, prefix: "polfail-stay" }),
    ]);
    // The console's account created this room, so at plan time it can join people to it.
    const closing = await service.asConsole((synapse) =>
      synapse.rooms.create({ name: `closing ${tag}`, preset: "private_chat" }),
    );
    // Someone stays, so the server is still in the room once the console's account has left.
    await service.asConsole((synapse) => synapse.rooms.join(closing.roomId, stayer.userId));
    // Someone else's room where the console's account may change power levels (50 of 50) at plan time.
    const ownerClient = createSynapseClient({
      baseUrl: checker.baseUrl,
      tokenSource: { getToken: async () => owner.token },
      timeoutMs: 10_000,
      maxRetryWaitMs: 10_000,
    });
    const guarded = await ownerClient.rooms.create({
      name: `guarded ${tag}`,
      preset: "private_chat",
      power_level_content_override: {
        users: { [owner.userId]: 100, [service.userId]: 50 },
        events: { "m.room.power_levels": 50 },
      },
    });
    await ownerClient.rooms.join(guarded.roomId, service.userId);
    await ownerClient.rooms.join(guarded.roomId, powered.userId);
    const newcomer = `@${tag}-new:localhost`;
    const policy: PolicyDocument = {
      schemaVersion: 2,
      managedRoomIds: [closing.roomId, guarded.roomId],
      users: [
        { id: newcomer, active: true, displayName: "New" },
        {
          id: joiner.userId,
          active: true,
          displayName: joiner.localpart,
          joinedRooms: [{ roomId: closing.roomId }],
        },
        {
          id: powered.userId,
          active: true,
          displayName: powered.localpart,
          joinedRooms: [{ roomId: guarded.roomId, powerLevel: 10 }],
        },
      ],
    };
    await savePolicy(policy);
    const made = await makePlan({ createdBy: ASKER });
    expect(made.plan.impossible).toEqual([]);
    const join = { type: "room.join", payload: { userId: joiner.userId, roomId: closing.roomId } };
    const power = {
      type: "room.users_set_power_levels",
      payload: { roomId: guarded.roomId, roomPowerForUserId: { [powered.userId]: 10 } },
    };
    // Corporal sets a joiner's level right after the join, even the room's default: that change
    // is found already so when re-checked.
    const joinerLevel = {
      type: "room.users_set_power_levels",
      payload: { roomId: closing.roomId, roomPowerForUserId: { [joiner.userId]: 0 } },
    };
    expect(made.plan.actions).toEqual([
      expect.objectContaining({
        type: "user.create",
        payload: expect.objectContaining({ userId: newcomer }),
      }),
      join,
      joinerLevel,
      power,
    ]);

    // Between plan and apply the console's account leaves one room and loses power in the other.
    await service.asConsole((synapse) => synapse.rooms.leave(closing.roomId));
    const [levels] = await ownerClient.rooms.stateOfType(guarded.roomId, "m.room.power_levels");
    await ownerClient.rooms.setPowerLevels(guarded.roomId, {
      ...levels?.content,
      events: { "m.room.power_levels": 100 },
    });

    const { runId, summary } = await applyInTest(made.planId);
    expect(summary).toMatchObject({ applied: 1, failed: 2, alreadyDone: 1 });
    const items = await runItemsByKey(runId);
    expect(items.size).toBe(made.plan.actions.length);
    const joinItem = items.get(actionKey(join as never));
    expect(joinItem).toMatchObject({ ok: false });
    expect(joinItem?.error).toContain(
      `Synapse refused to join ${joiner.userId} to ${closing.roomId}`,
    );
    expect(joinItem?.error).toContain('use "Make the console room admin" on the room');
    expect(items.get(actionKey(power as never))).toMatchObject({
      ok: false,
      error: `The console's account ${service.userId} cannot change power levels in ${guarded.roomId}: it has power 50 and changing power levels needs 100. Use "Make the console room admin" on the room, then apply again.`,
    });
    expect(items.get(actionKey(joinerLevel as never))).toMatchObject({
      ok: true,
      detail: "already done",
    });

    expect(await checker.users.get(newcomer)).toMatchObject({ displayname: "New" });
    expect(await checker.rooms.members(closing.roomId)).not.toContain(joiner.userId);
    const [after] = await checker.rooms.stateOfType(guarded.roomId, "m.room.power_levels");
    expect(after?.content.users).not.toHaveProperty(powered.userId);
    const failures = await db.auditEntry.findMany({
      where: { actorId: `job:${runId}`, outcome: { outcome: "failure" } },
    });
    expect(failures.map((entry) => entry.action).sort()).toEqual([
      "policy.room.join",
      "policy.room.users_set_power_levels",
    ]);
  });

  it("refuses a plan of a version that is no longer the latest, at start and in the run", async () => {
    const user = await registerTestUser({ admin: false, prefix: "polold" });
    const policy: PolicyDocument = {
      schemaVersion: 2,
      users: [{ id: user.userId, active: true, displayName: "Older" }],
    };
    const older = await savePolicy(policy);
    const made = await makePlan({ createdBy: ASKER });
    const newer = await savePolicy({ ...policy, identificationStamp: uniqueLocalpart("newer") });
    const refusal = `This plan was made of version ${older.number}, and version ${newer.number} is the latest now: make a new plan of it and review that one.`;
    await expect(
      startPolicyApply({ planId: made.planId, requestedBy: ASKER, requestedByRole: "admin" }),
    ).rejects.toThrow(refusal);
    await expect(applyInTest(made.planId)).rejects.toThrow(refusal);
    expect(await db.auditEntry.count({ where: { targetId: user.userId } })).toBe(0);
    expect((await (await adminTestClient()).client.users.get(user.userId)).displayname).toBe(
      user.localpart,
    );
  });

  it("plans nothing from a version with errors, naming the first one's line and column", async () => {
    const { version } = await saveVersion('{\n  "schemaVersion": 3,\n  "users": {}\n}\n', {
      author: ASKER,
      authorRole: "admin",
      message: "broken on purpose",
      origin: "editor",
    });
    const plansBefore = await db.policyPlan.count();
    await expect(makePlan({ versionId: version.id, createdBy: ASKER })).rejects.toThrow(
      new RegExp(
        `^Version ${version.number} has errors, so it cannot be planned: line 2, column \\d+: `,
      ),
    );
    expect(await db.policyPlan.count()).toBe(plansBefore);
  });
});
