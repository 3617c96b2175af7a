// The round trip on the real Synapse: plan a policy, apply it as a job the way the Policy
// page starts one (startPolicyApply, a worker picking it up), check every change through Synapse's
// admin API and the audit log, and plan again: nothing is left to do.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loginWithPassword } from "@/lib/synapse/session";
import {
  adminTestClient,
  registerTestUser,
  testHttp,
  uniqueLocalpart,
} from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import type { PolicyDocument } from "./document/schema";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { startTestJobEngine } = await import("@/lib/jobs/testing/test-job-engine");
const { policyApplyKind } = await import("@/lib/jobs/kinds/policy-apply");
const { actionKey } = await import("./plan/actions");
const { makePlan } = await import("./make-plan");
const { startPolicyApply } = await import("./start-apply");
const { consoleAccount, savePolicy, waitForRunEnd } = await import("./testing/policy-fixture");

await startTestJobEngine({ policy_apply: policyApplyKind });

/** A 1×1 PNG as a data: URI. */
const AVATAR =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const APPLIER = "@policy-applier:localhost";

describe("a policy planned, applied and planned again on the real Synapse", () => {
  it("makes every change the plan lists, audits each, touches nothing else, and leaves 0 actions", async () => {
    const { client: checker } = await adminTestClient();
    const service = await consoleAccount();
    await db.policySettings.upsert({
      where: { homeserverId: "default" },
      create: { guardCount: 10, guardPercent: 10 },
      update: { guardCount: 10, guardPercent: 10 },
    });
    const tag = uniqueLocalpart("pol");
    const [keep, gone, leaver, other] = await Promise.all(
      ["pkeep", "pgone", "pleave", "pother"].map((prefix) =>
        registerTestUser({ admin: false, prefix }),
      ),
    );
    const managed = await service.asConsole((synapse) =>
      synapse.rooms.create({ name: `managed ${tag}`, preset: "private_chat" }),
    );
    for (const user of [keep!, gone!, leaver!, other!]) {
      await service.asConsole((synapse) => synapse.rooms.join(managed.roomId, user.userId));
    }
    const unmanaged = await checker.rooms.create({ name: `unmanaged ${tag}` });
    await checker.rooms.join(unmanaged.roomId, leaver!.userId);
    const newcomer = `@${tag}-new:localhost`;
    const bot = `@${tag}-bot:localhost`;
    const password = `pw-${randomBytes(8).toString("hex")}`;
    const space = `#${tag}-space:localhost`;
    const lobby = `#${tag}-lobby:localhost`;
    const policy: PolicyDocument = {
      schemaVersion: 2,
      flags: { allowCustomUserDisplayNames: false, allowCustomUserAvatars: false },
      managedRoomIds: [managed.roomId, lobby],
      rooms: [
        { alias: space, name: `Space ${tag}`, isSpace: true },
        { alias: lobby, name: `Lobby ${tag}`, parent: space, joinRule: "invite", topic: "Hi" },
      ],
      users: [
        {
          id: keep!.userId,
          active: true,
          displayName: "Keep, renamed",
          joinedRooms: [{ roomId: managed.roomId, powerLevel: 50 }, { roomId: lobby }],
        },
        {
          id: newcomer,
          active: true,
          authType: "passthrough",
          authCredential: password,
          displayName: "Newcomer",
          avatarUri: AVATAR,
          joinedRooms: [{ roomId: lobby, powerLevel: 20 }],
        },
        { id: bot, active: true, displayName: "Bot", userType: "bot" },
        { id: gone!.userId, active: false, displayName: gone!.localpart },
        { id: leaver!.userId, active: true, displayName: leaver!.localpart, joinedRooms: [] },
      ],
    };
    const version = await savePolicy(policy);

    const made = await makePlan({ createdBy: APPLIER });
    expect(made.versionId).toBe(version.id);
    const described = made.plan.actions.map((action) => `${action.type} ${actionKey(action)}`);
    expect(made.plan.actions.map((action) => action.type)).toEqual([
      "room.create",
      "room.create",
      "user.create",
      "user.create",
      "user.set_display_name",
      "user.set_avatar",
      "room.join",
      "room.join",
      "room.users_set_power_levels",
      "room.users_set_power_levels",
      "room.leave",
      "room.leave",
      "user.deactivate",
    ]);
    expect(made.plan.actions[0]).toMatchObject({ payload: { alias: space, isSpace: true } });
    expect(JSON.stringify(made.plan)).not.toContain(password);
    expect(made.removals).toBe(3);
    console.log(`policy plan (${made.requests} Synapse requests):\n  ${described.join("\n  ")}`);

    // 3 removals among 5 managed users is above the guard (10 % of 5): the count must be typed.
    const start = (confirmedRemovals?: number) =>
      startPolicyApply({
        planId: made.planId,
        requestedBy: APPLIER,
        requestedByRole: "admin",
        confirmedRemovals,
      });
    await expect(start()).rejects.toThrow(
      "This plan makes 3 removals (deactivations and room memberships), more than the 0 allowed without confirmation (10 or 10% of 5 managed users). Type 3 to confirm.",
    );
    await expect(start(2)).rejects.toThrow("2 was typed, not 3.");
    await expect(
      startPolicyApply({
        planId: made.planId,
        requestedBy: APPLIER,
        requestedByRole: "operator",
        confirmedRemovals: 3,
      }),
    ).rejects.toThrow("Applying the policy needs the admin role.");
    expect(await db.jobRun.count({ where: { kind: "policy_apply", requestedBy: APPLIER } })).toBe(
      0,
    );

    const { runId } = await start(3);
    const run = await waitForRunEnd(runId);
    expect(run).toMatchObject({ status: "succeeded", total: 13, done: 13, failed: 0 });
    expect(run.summary).toMatchObject({
      applied: 13,
      alreadyDone: 0,
      failed: 0,
      policyVersion: version.number,
    });
    const items = await db.jobRunItem.findMany({ where: { runId } });
    expect(items.map((item) => item.key).sort()).toEqual(made.plan.actions.map(actionKey).sort());

    // On Synapse, through its admin API.
    const created = await checker.users.get(newcomer);
    expect(created).toMatchObject({ displayname: "Newcomer", deactivated: false, user_type: null });
    expect(created.avatar_url).toMatch(/^mxc:\/\/localhost\//);
    await expect(
      loginWithPassword(testHttp(), { user: newcomer, password }),
    ).resolves.toMatchObject({
      user_id: newcomer,
    });
    expect(await checker.users.get(bot)).toMatchObject({ displayname: "Bot", user_type: "bot" });
    expect((await checker.users.get(keep!.userId)).displayname).toBe("Keep, renamed");
    expect((await checker.users.get(gone!.userId)).deactivated).toBe(true);
    expect((await checker.users.get(leaver!.userId)).deactivated).toBe(false);

    const members = await checker.rooms.members(managed.roomId);
    expect(members).toEqual(expect.arrayContaining([keep!.userId, other!.userId, service.userId]));
    expect(members).not.toContain(gone!.userId);
    expect(members).not.toContain(leaver!.userId);
    expect(await checker.rooms.members(unmanaged.roomId)).toContain(leaver!.userId);
    const usersOf = async (roomId: string) =>
      (await checker.rooms.stateOfType(roomId, "m.room.power_levels"))[0]?.content.users;
    expect(await usersOf(managed.roomId)).toMatchObject({ [keep!.userId]: 50 });
    expect(await usersOf(managed.roomId)).not.toHaveProperty(other!.userId);

    const spaceId = await checker.rooms.resolveAlias(space);
    const lobbyId = await checker.rooms.resolveAlias(lobby);
    expect((await checker.rooms.get(spaceId)).room_type).toBe("m.space");
    expect(await checker.rooms.get(lobbyId)).toMatchObject({
      name: `Lobby ${tag}`,
      topic: "Hi",
      join_rules: "invite",
      room_type: null,
    });
    expect(await checker.rooms.members(lobbyId)).toEqual(
      expect.arrayContaining([keep!.userId, newcomer]),
    );
    expect(await usersOf(lobbyId)).toMatchObject({ [newcomer]: 20, [service.userId]: 100 });
    const childOf = await checker.rooms.stateOfType(spaceId, "m.space.child");
    expect(childOf.map((event) => event.state_key)).toEqual([lobbyId]);
    const parentOf = await checker.rooms.stateOfType(lobbyId, "m.space.parent");
    expect(parentOf.map((event) => event.state_key)).toEqual([spaceId]);

    // In the audit log: one entry per action, by the job, with who asked and the version; no password.
    const entries = await db.auditEntry.findMany({
      where: { actorId: `job:${runId}` },
      include: { outcome: true },
    });
    expect(entries).toHaveLength(13);
    expect(entries.every((entry) => entry.outcome?.outcome === "success")).toBe(true);
    expect(entries.map((entry) => entry.action).sort()).toEqual(
      made.plan.actions.map((action) => `policy.${action.type}`).sort(),
    );
    for (const entry of entries) {
      expect(entry.input).toMatchObject({ requestedBy: APPLIER, policyVersion: version.number });
    }
    expect(
      entries.find((entry) => entry.action === "policy.user.create" && entry.targetId === newcomer),
    ).toMatchObject({
      targetType: "user",
      input: { action: { payload: { authType: "passthrough" } } },
    });
    expect(
      JSON.stringify(entries.map((entry) => [entry.input, entry.outcome?.result])),
    ).not.toContain(password);
    const avatar = await db.policyAvatar.findFirst({ where: { userId: newcomer } });
    expect(avatar?.mxcUri).toBe(created.avatar_url);

    const again = await makePlan({ createdBy: APPLIER });
    expect(again.plan.actions).toEqual([]);
    expect(again.plan.impossible).toEqual([]);
  });
});
