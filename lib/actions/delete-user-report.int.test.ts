import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { reportUser } from "@/lib/synapse/user-reports";
import { prepareTestAppEnv, registerTestUser, synapseHttp } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { deleteUserReport } = await import("./delete-user-report");
const { db } = await import("@/lib/db");
const { isSynapseError } = await import("@/lib/synapse");

const checker = await registerTestUser("ur-checker", true);

/** A role of our own per test, so each test finds its own audit entries. */
const asUser = (role: "viewer" | "operator" | "admin") => {
  const matrixId = `@ur-${role}-${randomBytes(4).toString("hex")}:localhost`;
  return { matrixId, load: async () => ({ matrixId, role }) };
};
const entriesOf = (actorId: string) =>
  db.auditEntry.findMany({
    where: { actorId },
    include: { outcome: true },
    orderBy: { id: "asc" },
  });

/** A user reported by another through the client API; returns the report as Synapse lists it. */
async function seedReport(reason: string) {
  const target = await registerTestUser("ur-target");
  const reporter = await registerTestUser("ur-reporter");
  await reportUser(synapseHttp(), reporter.token, { targetUserId: target.id, reason });
  const { user_reports } = await checker.client.userReports.list({ target_user_id: target.id });
  expect(user_reports).toHaveLength(1);
  return { target, reporter, report: user_reports[0]! };
}

describe("deleting a user report", () => {
  it("removes it from Synapse for an operator and audits it against the reported user", async () => {
    const { target, reporter, report } = await seedReport("sends spam links");
    const operator = asUser("operator");
    const result = await runAction(
      deleteUserReport.definition,
      { reportId: report.id, targetUserId: target.id },
      operator.load,
    );
    expect(result).toEqual({
      ok: true,
      data: { reportId: report.id, targetUserId: target.id, reporter: reporter.id },
    });
    const gone = await checker.client.userReports.get(report.id).catch((error: unknown) => error);
    expect(isSynapseError(gone, "not_found")).toBe(true);
    // The account itself is untouched.
    expect(await checker.client.users.get(target.id)).toMatchObject({ deactivated: false });

    expect(await entriesOf(operator.matrixId)).toMatchObject([
      {
        action: "user_report.delete",
        actorRole: "operator",
        targetType: "user",
        targetId: target.id,
        input: { reportId: report.id, targetUserId: target.id },
        outcome: { outcome: "success" },
      },
    ]);

    // Asked again, the report is gone: a sentence, audited as a failure.
    const again = await runAction(
      deleteUserReport.definition,
      { reportId: report.id, targetUserId: target.id },
      operator.load,
    );
    expect(again).toMatchObject({
      ok: false,
      error: `There is no user report ${report.id}; it may be deleted already.`,
    });
  });

  it("refuses a viewer, and a report named with another user, leaving the report in Synapse", async () => {
    const { target, report } = await seedReport("impersonates staff");
    const viewer = asUser("viewer");
    expect(
      await runAction(
        deleteUserReport.definition,
        { reportId: report.id, targetUserId: target.id },
        viewer.load,
      ),
    ).toMatchObject({ ok: false, error: "This needs the operator role; you are viewer." });
    expect(await entriesOf(viewer.matrixId)).toEqual([]);

    const operator = asUser("operator");
    const other = `@someone-else-${randomBytes(3).toString("hex")}:localhost`;
    expect(
      await runAction(
        deleteUserReport.definition,
        { reportId: report.id, targetUserId: other },
        operator.load,
      ),
    ).toMatchObject({ ok: false, error: `Report ${report.id} is not about ${other}.` });
    expect(await checker.client.userReports.get(report.id)).toMatchObject({
      reason: "impersonates staff",
    });
  });
});
