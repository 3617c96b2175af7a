// An audit entry whose process died between the entry and its outcome is given the outcome
// "unknown" by the sweep, once that process stopped beating; an entry a live process is still
// working on is left alone however old it is.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chainedEntry } from "@/lib/audit/testing/chained-rows";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { runAudited } = await import("./run-audited");
const { auditProcessId, STOPPED_AFTER_MS } = await import("./process-heartbeat");
const { sweepUnfinishedAuditEntries, legacyBoundMs, UNKNOWN_OUTCOME } =
  await import("./sweep-unfinished");
const { findHistoryPage } = await import("@/lib/data/audit-history");

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Starts an audited step in a child process and kills it mid-step; returns the entry's request ID. */
function crashMidStep() {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "lib/audit/testing/audited-step-child.ts"],
    { cwd: ROOT, env: process.env, stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const line = out.split("\n").find((text) => text.includes("requestId"));
      if (!line) return;
      child.kill("SIGKILL");
      child.on("close", () => resolve((JSON.parse(line) as { requestId: string }).requestId));
    });
    child.on("error", reject);
  });
}

const entryOf = (requestId: string) =>
  db.auditEntry.findUniqueOrThrow({ where: { requestId }, include: { outcome: true } });

/** An entry as an older process would have left it: written `agoMs` back, without an outcome. */
async function leftoverEntry(agoMs: number, processId: string | null) {
  const requestId = randomUUID();
  const { contentHash, input, ...row } = chainedEntry({
    requestId,
    actorId: "@sweep-test:localhost",
    action: "test.leftover",
    at: new Date(Date.now() - agoMs),
    processId,
  });
  await db.auditEntry.create({
    data: { ...row, input: input ?? undefined, contentHash: new Uint8Array(contentHash) },
  });
  return requestId;
}

describe("the sweep of audit entries left without an outcome", () => {
  it("marks a killed process's entry unknown once its heartbeat is stale, and only then", async () => {
    const requestId = await crashMidStep();
    const entry = await entryOf(requestId);
    expect(entry.outcome).toBeNull();
    expect(entry.processId).not.toBeNull();

    // Just killed: its heartbeat is fresh, so it might still be working: not swept.
    expect(await sweepUnfinishedAuditEntries()).not.toContain(entry.id);
    expect((await entryOf(requestId)).outcome).toBeNull();

    // Time passes without a beat (the heartbeat row is ours to age; the audit rows are not).
    await db.consoleProcess.update({
      where: { id: entry.processId ?? "" },
      data: { heartbeatAt: new Date(Date.now() - STOPPED_AFTER_MS - 1000) },
    });
    const later = new Date(Date.now() + STOPPED_AFTER_MS + 1000);
    expect(await sweepUnfinishedAuditEntries({ now: later, recentOnly: true })).toContain(entry.id);
    expect((await entryOf(requestId)).outcome).toMatchObject({
      outcome: "unknown",
      errorCode: UNKNOWN_OUTCOME.errorCode,
      errorMessage: expect.stringContaining("unknown: the process stopped"),
    });
    // Once only: a second sweep finds nothing more for it.
    expect(await sweepUnfinishedAuditEntries({ now: later })).not.toContain(entry.id);
    expect(await db.auditOutcome.count({ where: { entryId: entry.id } })).toBe(1);

    const shown = await findHistoryPage("admin", { actor: "@crash-audit:localhost" });
    expect(shown.rows.find((row) => row.id === entry.id.toString())).toMatchObject({
      outcome: "unknown",
      errorMessage: UNKNOWN_OUTCOME.errorMessage,
    });
  });

  it("leaves a live process's entry alone however old, and sweeps a dead or legacy one", async () => {
    const live = await leftoverEntry(60 * 60_000, await auditProcessId());
    const dead = await leftoverEntry(60 * 60_000, randomUUID());
    const legacyOld = await leftoverEntry(legacyBoundMs() + 60_000, null);
    const legacyYoung = await leftoverEntry(STOPPED_AFTER_MS + 60_000, null);

    await sweepUnfinishedAuditEntries();

    expect((await entryOf(live)).outcome).toBeNull();
    expect((await entryOf(dead)).outcome).toMatchObject({ outcome: "unknown" });
    expect((await entryOf(legacyOld)).outcome).toMatchObject({ outcome: "unknown" });
    expect((await entryOf(legacyYoung)).outcome).toBeNull();
  });

  it("a step that finishes normally keeps its real outcome", async () => {
    const requestId = randomUUID();
    await runAudited(
      { actor: { id: "@sweep-test:localhost" }, action: "test.noop", requestId },
      () => sweepUnfinishedAuditEntries().then(() => "done"),
    );
    expect((await entryOf(requestId)).outcome).toMatchObject({ outcome: "success" });
  });
});
