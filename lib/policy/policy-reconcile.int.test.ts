// The reconcile job on the real Synapse: report mode records the drift and changes nothing; apply
// mode applies it in the same run and plans again (0 left); above the guard it only reports; an
// operator's version is applied with an operator's rights, so it makes no server admin.
import { describe, expect, it } from "vitest";
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
const { savePolicy, runItemsByKey } = await import("./testing/policy-fixture");
const { saveVersion } = await import("./versions");

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

  it("applies an operator's version with an operator's rights: no server admin is made, until an admin saves it", async () => {
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
    const plain = await registerTestUser({ admin: false, prefix: "recon-raise" });
    const created = `@${uniqueLocalpart("recon-new-admin")}:localhost`;
    const raised = { id: plain.userId, active: true, admin: true, displayName: "Raised" };
    const byOperator = await savePolicy(
      { schemaVersion: 2, users: [raised, { id: created, active: true, admin: true }] },
      OPERATOR,
      "operator",
    );

    const first = await reconcile("apply");
    expect(first.summary.limitedBy).toBe(
      `Applied with an operator's rights, those of version ${byOperator.number} (saved by ${OPERATOR}): changes to Synapse admins and console role holders, and making server admins, are left for an admin to apply on the Policy page.`,
    );
    expect(first.summary.applied).toMatchObject({ applied: 1, failed: 2 });
    const items = [...(await runItemsByKey(first.runId)).values()];
    expect(items.filter((item) => !item.ok).map((item) => item.error)).toEqual(
      expect.arrayContaining([
        `${plain.userId} would become a Synapse server admin: making one needs the admin role; you are operator.`,
        `${created} would become a Synapse server admin: making one needs the admin role; you are operator.`,
      ]),
    );
    const afterFirst = await checker.users.get(plain.userId);
    expect(afterFirst).toMatchObject({ admin: false, displayname: "Raised" });
    await expect(checker.users.get(created)).rejects.toThrow();

    // A lifecycle event's version vouches for one user only: the operator's rights still hold.
    const lifecycleContent = JSON.stringify(
      {
        schemaVersion: 2,
        users: [raised, { id: created, active: true, admin: true, displayName: "New" }],
      },
      null,
      2,
    );
    await saveVersion(lifecycleContent, {
      author: "signature:lifecycle",
      authorRole: null,
      message: "test lifecycle",
      origin: "lifecycle",
    });
    const second = await reconcile("apply");
    expect(second.summary.limitedBy).toMatch(`those of version ${byOperator.number} `);
    expect((await checker.users.get(plain.userId)).admin).toBe(false);

    // An admin saves the policy: its plan is applied with an admin's rights.
    await savePolicy({ schemaVersion: 2, users: [raised] });
    const third = await reconcile("apply");
    expect(third.summary).toMatchObject({ limitedBy: null, applied: { applied: 1, failed: 0 } });
    expect((await checker.users.get(plain.userId)).admin).toBe(true);
  });
});
