// The reconcile job on the real Synapse: report mode records the drift and changes nothing; apply
// mode applies it in the same run and plans again (0 left); above the guard it only reports.
import { describe, expect, it } from "vitest";
import { adminTestClient, registerTestUser } from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");
const { runPolicyReconcile } = await import("@/lib/operations/policy/run-policy-reconcile");
const { latestDrift } = await import("./drift");
const { savePolicy } = await import("./testing/policy-fixture");

const OWNER = "@policy-reconcile-owner:localhost";

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
});
