// Groups on the real Synapse: a policy whose users get their rooms from groups (a room by ID and a
// declared room by alias) is planned and applied as a job; the member really is in each group's
// room at the level the expansion rules give (own joinedRooms entry first, then the higher group
// level), an inactive member gets nothing, and a second plan is empty.
import { describe, expect, it } from "vitest";
import { adminTestClient, uniqueLocalpart } from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import type { PolicyDocument } from "./document/schema";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { startTestJobEngine } = await import("@/lib/jobs/testing/test-job-engine");
const { policyApplyKind } = await import("@/lib/jobs/kinds/policy-apply");
const { makePlan } = await import("./make-plan");
const { startPolicyApply } = await import("./start-apply");
const { consoleAccount, savePolicy, waitForRunEnd } = await import("./testing/policy-fixture");

await startTestJobEngine({ policy_apply: policyApplyKind });

const APPLIER = "@policy-groups-applier:localhost";

describe("a policy with groups applied on the real Synapse", () => {
  it("joins members to their groups' rooms at the groups' levels, own entries first", async () => {
    const { client: checker } = await adminTestClient();
    const service = await consoleAccount();
    await db.policySettings.upsert({
      where: { homeserverId: "default" },
      create: { guardCount: 10, guardPercent: 10 },
      update: { guardCount: 10, guardPercent: 10 },
    });
    const tag = uniqueLocalpart("grp");
    const [shared, own] = await Promise.all(
      ["shared", "own"].map((name) =>
        service.asConsole((synapse) =>
          synapse.rooms.create({ name: `${name} ${tag}`, preset: "private_chat" }),
        ),
      ),
    );
    const lobby = `#${tag}-lobby:localhost`;
    const member = `@${tag}-member:localhost`;
    const gone = `@${tag}-gone:localhost`;
    const policy: PolicyDocument = {
      schemaVersion: 2,
      managedRoomIds: [shared!.roomId, own!.roomId, lobby],
      rooms: [{ alias: lobby, name: `Lobby ${tag}` }],
      groups: [
        {
          name: "staff",
          joinedRooms: [
            { roomId: lobby, powerLevel: 50 },
            { roomId: shared!.roomId, powerLevel: 20 },
            { roomId: own!.roomId, powerLevel: 75 },
          ],
        },
        { name: "readers", joinedRooms: [{ roomId: shared!.roomId }] },
      ],
      users: [
        {
          id: member,
          active: true,
          displayName: "Group member",
          groups: ["readers", "staff"],
          joinedRooms: [{ roomId: own!.roomId, powerLevel: 10 }],
        },
        { id: gone, active: false, groups: ["staff"] },
      ],
    };
    await savePolicy(policy);

    const made = await makePlan({ createdBy: APPLIER });
    expect(made.plan.impossible).toEqual([]);
    expect(made.plan.actions.map((action) => action.type)).toEqual([
      "room.create",
      "user.create",
      "room.join",
      "room.join",
      "room.join",
      "room.users_set_power_levels",
      "room.users_set_power_levels",
      "room.users_set_power_levels",
    ]);
    expect(JSON.stringify(made.plan)).not.toContain(gone);

    const { runId } = await startPolicyApply({
      planId: made.planId,
      requestedBy: APPLIER,
      requestedByRole: "admin",
    });
    const run = await waitForRunEnd(runId);
    expect(run).toMatchObject({ status: "succeeded", total: 8, done: 8, failed: 0 });

    const lobbyId = await checker.rooms.resolveAlias(lobby);
    const levelsIn = async (roomId: string) =>
      (await checker.rooms.stateOfType(roomId, "m.room.power_levels"))[0]?.content.users;
    for (const [roomId, level] of [
      [lobbyId, 50],
      [shared!.roomId, 20],
      [own!.roomId, 10],
    ] as const) {
      expect(await checker.rooms.members(roomId)).toContain(member);
      expect(await levelsIn(roomId)).toMatchObject({ [member]: level });
    }
    await expect(checker.users.get(gone)).rejects.toThrow();

    const again = await makePlan({ createdBy: APPLIER });
    expect(again.plan.actions).toEqual([]);
    expect(again.plan.impossible).toEqual([]);
  });
});
