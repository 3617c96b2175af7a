// Who may stop or resume a run: an admin, or the operator who asked for it (their import, their
// bulk change); another operator is refused with the reason before anything is audited.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { runAction } = await import("@/lib/actions/define-action");
const { resumeJobRun } = await import("@/lib/actions/resume-job-run");
const { cancelJobRun } = await import("@/lib/actions/cancel-job-run");
const { createTestRun } = await import("@/lib/devices/testing/test-run");

const tag = randomBytes(3).toString("hex");
const as = (matrixId: string, role: "viewer" | "operator" | "admin") => async () => ({
  matrixId,
  role,
});

describe("stopping and resuming a run", () => {
  it("is for admins and for the operator who asked for the run, nobody else", async () => {
    const owner = `@run-owner-${tag}:localhost`;
    const other = `@run-other-${tag}:localhost`;
    const runId = await createTestRun("user_bulk", {}, owner);
    await db.jobRun.update({
      where: { id: runId },
      data: { status: "failed", finishedAt: new Date() },
    });

    expect(await runAction(cancelJobRun.definition, { runId }, as(other, "viewer"))).toMatchObject({
      ok: false,
      error: "This needs the operator role; you are viewer.",
    });
    expect(
      await runAction(resumeJobRun.definition, { runId }, as(other, "operator")),
    ).toMatchObject({
      ok: false,
      error: `Only an admin, or ${owner} who started it, may stop or resume this run.`,
    });
    expect(await db.auditEntry.count({ where: { actorId: other, action: "job.resume" } })).toBe(0);
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe("failed");

    const resumed = await runAction(resumeJobRun.definition, { runId }, as(owner, "operator"));
    expect(resumed).toMatchObject({ ok: true, data: { runId, resumed: true } });
    expect(await db.auditEntry.count({ where: { actorId: owner, action: "job.resume" } })).toBe(1);
    const cancelled = await runAction(
      cancelJobRun.definition,
      { runId },
      as(`@run-admin-${tag}:localhost`, "admin"),
    );
    expect(cancelled).toMatchObject({ ok: true });
  });
});
