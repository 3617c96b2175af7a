// The reconcile job on the real Synapse: report mode records the drift and changes nothing; apply
// mode applies it in the same run and plans again (0 left); above the guard it only reports; an
// operator's version is applied with an operator's rights (no server admin, no private room)
// until an admin applies its plan from the Policy page.
import { describe, expect, it } from "vitest";
import type { PolicyDocument } from "./document/schema";
import {
  adminTestClient,
  registerTestUser,
  uniqueLocalpart,
} from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");
const { runPolicyReconcile } = await import("@/lib/operations/policy/run-policy-reconcile");
const { latestDrift } = await import("./drift");
const { consoleAccount, savePolicy, runItemsByKey, waitForRunEnd } =
  await import("./testing/policy-fixture");
const { saveVersion } = await import("./versions");
const { makePlan } = await import("./make-plan");
const { rightsOfVersion } = await import("./policy-rights");
const { startPolicyApply } = await import("./start-apply");
const { startTestJobEngine } = await import("@/lib/jobs/testing/test-job-engine");
const { policyApplyKind } = await import("@/lib/jobs/kinds/policy-apply");

await startTestJobEngine({ policy_apply: policyApplyKind });

const OWNER = "@policy-reconcile-owner:localhost";
const OPERATOR = "@policy-reconcile-operator:localhost";

async function reconcile(mode: "report" | "apply") {
  const runId = await createTestRun("policy_reconcile", { mode }, OWNER);
  const summary = await runPolicyReconcile({ mode }, testRunContext(runId, { requestedBy: OWNER }));
  return { runId, summary };
}

describe("policy reconcile", () => {
  it("reports drift without changing anything, then applies it and finds the server in sync", async () => {
    await db.roleGrant.upsert({
      where: { matrixId: OWNER },
      create: { matrixId: OWNER, role: "admin", source: "console", grantedBy: "setup" },
      update: { role: "admin" },
    });
    await db.policySettings.upsert({
      where: { homeserverId: "default" },
      create: { guardCount: 10, guardPercent: 10 },
      update: { sourceUrl: null, sourceTokenEncrypted: null, guardCount: 10, guardPercent: 10 },
    });
    const { client: checker } = await adminTestClient();
    const [renamed, stopped] = [
      await registerTestUser({ admin: false, prefix: "recon-name" }),
      await registerTestUser({ admin: false, prefix: "recon-stop" }),
    ];
    const version = await savePolicy({
      schemaVersion: 2,
      users: [
        { id: renamed.userId, active: true, displayName: "Renamed by reconcile" },
        { id: stopped.userId, active: false },
      ],
    });

    const reported = await reconcile("report");
    expect(reported.summary).toMatchObject({
      mode: "report",
      pull: "no source",
      policyVersion: version.number,
      actionCount: 2,
      removals: 1,
      applied: null,
    });
    expect(await latestDrift()).toMatchObject({
      actionCount: 2,
      runId: reported.runId,
      planId: reported.summary.planId,
    });
    expect((await checker.users.get(renamed.userId)).displayname).toBe(renamed.localpart);

    // One deactivation among 2 managed users is above the guard (10 % of 2 is 0): report only.
    const guarded = await reconcile("apply");
    expect(guarded.summary.applied).toBeNull();
    expect(guarded.summary.notApplied).toBe(
      "Not applied: the plan makes 1 removal (deactivations and room memberships), more than the 0 a reconcile may make unconfirmed; review and apply it on the Policy page.",
    );
    expect((await checker.users.get(stopped.userId)).deactivated).toBe(false);

    await db.policySettings.update({
      where: { homeserverId: "default" },
      data: { guardCount: 10, guardPercent: 100 },
    });
    const applied = await reconcile("apply");
    expect(applied.summary).toMatchObject({
      actionCount: 2,
      applied: { applied: 2, failed: 0 },
      notApplied: null,
      driftAfter: 0,
    });
    expect((await checker.users.get(renamed.userId)).displayname).toBe("Renamed by reconcile");
    expect((await checker.users.get(stopped.userId)).deactivated).toBe(true);
    expect(await latestDrift()).toMatchObject({ actionCount: 0, runId: applied.runId });
    const audited = await db.auditEntry.findMany({ where: { actorId: `job:${applied.runId}` } });
    expect(audited.map((entry) => entry.action).sort()).toEqual([
      "policy.user.deactivate",
      "policy.user.set_display_name",
    ]);
    await db.policySettings.update({
      where: { homeserverId: "default" },
      data: { guardPercent: 10 },
    });
  });

  it("applies an operator's version with an operator's rights (no server admin, room admin or private room) until an admin applies its plan from the Policy page", async () => {
    for (const [matrixId, role] of [
      [OWNER, "admin"],
      [OPERATOR, "operator"],
    ] as const) {
      await db.roleGrant.upsert({
        where: { matrixId },
        create: { matrixId, role, source: "console", grantedBy: "setup" },
        update: { role },
      });
    }
    await db.policySettings.upsert({
      where: { homeserverId: "default" },
      create: { guardCount: 10, guardPercent: 100 },
      update: { sourceUrl: null, sourceTokenEncrypted: null, guardPercent: 100 },
    });
    const { client: checker } = await adminTestClient();
    const service = await consoleAccount();
    const plain = await registerTestUser({ admin: false, prefix: "recon-raise" });
    const created = `@${uniqueLocalpart("recon-new-admin")}:localhost`;
    // A private room the console's account is in: an operator's stand-in must not read it.
    const { roomId: secret } = await service.asConsole((synapse) =>
      synapse.rooms.create({ name: "recon secret", preset: "private_chat" }),
    );
    // A public room an operator may join people to, but not make them its admin.
    const { roomId: open } = await service.asConsole((synapse) =>
      synapse.rooms.create({ name: "recon open", preset: "public_chat" }),
    );
    const raised = {
      id: plain.userId,
      active: true,
      admin: true,
      displayName: "Raised",
      joinedRooms: [{ roomId: secret }, { roomId: open, powerLevel: 100 }],
    };
    const policyWith = (...users: object[]) =>
      ({ schemaVersion: 2, managedRoomIds: [secret, open], users }) as PolicyDocument;
    const levelIn = async (roomId: string, userId: string) => {
      const state = await checker.rooms.state(roomId);
      const event = state.find((item) => item.type === "m.room.power_levels");
      return (event?.content.users as Record<string, number> | undefined)?.[userId];
    };
    const byOperator = await savePolicy(
      policyWith(raised, { id: created, active: true, admin: true }),
      OPERATOR,
      "operator",
    );
    const limited = (version: number) =>
      `Applied with an operator's rights: version ${version}, saved by ${OPERATOR}, came after the last plan an admin applied from the Policy page. Making server admins and room admins, changing Synapse admins and console role holders, and joins to rooms that are not public wait for an admin to review and apply the plan there.`;

    const first = await reconcile("apply");
    expect(first.summary.limitedBy).toBe(limited(byOperator.number));
    expect(first.summary.applied).toMatchObject({ applied: 2, failed: 4 });
    const items = [...(await runItemsByKey(first.runId)).values()];
    expect(items.filter((item) => !item.ok).map((item) => item.error)).toEqual(
      expect.arrayContaining([
        `${plain.userId} would become a Synapse server admin: making one needs the admin role; you are operator.`,
        `${created} would become a Synapse server admin: making one needs the admin role; you are operator.`,
        `${plain.userId} cannot be joined to ${secret} by an operator: the room is not public (join rule invite); joining people to private rooms needs the admin role.`,
        `${plain.userId} would get power level 100 or more in ${open}: making someone room admin needs the admin role; you are operator.`,
      ]),
    );
    expect(await checker.users.get(plain.userId)).toMatchObject({
      admin: false,
      displayname: "Raised",
    });
    await expect(checker.users.get(created)).rejects.toThrow();
    expect(await checker.rooms.members(secret)).not.toContain(plain.userId);
    expect(await checker.rooms.members(open)).toContain(plain.userId);
    expect(await levelIn(open, plain.userId)).toBeUndefined();

    // A lifecycle event's version vouches for one user only, and an admin's save on top does not
    // vouch for the operator's lines: the operator's rights still hold.
    await saveVersion(
      JSON.stringify(
        policyWith(raised, { id: created, active: true, admin: true, displayName: "New" }),
      ),
      { author: "signature:lifecycle", authorRole: null, message: "test", origin: "lifecycle" },
    );
    await savePolicy(policyWith(raised));
    const second = await reconcile("apply");
    expect(second.summary.limitedBy).toBe(limited(byOperator.number));
    expect((await checker.users.get(plain.userId)).admin).toBe(false);

    // An admin reads the plan on the Policy page and applies it: that vouches for the version.
    const reviewed = await makePlan({ createdBy: OWNER });
    const { runId } = await startPolicyApply({
      planId: reviewed.planId,
      requestedBy: OWNER,
      requestedByRole: "admin",
    });
    expect(await waitForRunEnd(runId)).toMatchObject({ status: "succeeded", failed: 0 });
    expect((await checker.users.get(plain.userId)).admin).toBe(true);
    expect(await checker.rooms.members(secret)).toContain(plain.userId);
    expect(await levelIn(open, plain.userId)).toBe(100);
    await checker.users.setAdmin(plain.userId, false);
    const third = await reconcile("apply");
    expect(third.summary).toMatchObject({ limitedBy: null, applied: { applied: 1, failed: 0 } });
    expect((await checker.users.get(plain.userId)).admin).toBe(true);

    // An operator's save that changes nothing on Synapse, then an admin's plan of it: nothing to
    // apply, which they saw; that vouches for it too. An operator's empty plan does not.
    const touched = await savePolicy(
      { ...policyWith(raised), identificationStamp: "touched" } as PolicyDocument,
      OPERATOR,
      "operator",
    );
    expect((await rightsOfVersion(touched.number)).role).toBe("operator");
    expect(
      (await makePlan({ createdBy: OPERATOR, createdByRole: "operator" })).plan.actions,
    ).toEqual([]);
    expect((await rightsOfVersion(touched.number)).role).toBe("operator");
    await makePlan({ createdBy: OWNER, createdByRole: "admin" });
    expect(await rightsOfVersion(touched.number)).toEqual({ role: "admin", loweredBy: null });
  });
});
