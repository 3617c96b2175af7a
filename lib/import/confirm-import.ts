import "server-only";
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import type { Actor } from "@/lib/audit/run-audited";
import { db } from "@/lib/db";
import { getSendBoss } from "@/lib/jobs/boss";
import { createRunRow, sendRun } from "@/lib/jobs/enqueue-run";
import { confirmRefusal } from "./confirm-import-refusal";
import { getImportView } from "./import-view";
import { importIntoPolicy } from "./import-policy";

/**
 * Starts the import of rows whose dry run has finished, for the person who started it (the import
 * acts with their role): refused while the dry run is going, when it failed, when the import
 * already started, and in the "stop" mode while any row is in
 * conflict. Only one start wins when two people confirm at once. When the console has a policy,
 * the accounts the import creates or changes are written into it first (lib/import/import-policy.ts).
 */
export async function confirmImport(importId: string, actor: Actor) {
  const view = await getImportView(importId);
  if (!view) throw new ActionError("No such import.");
  if (view.createdBy !== actor.id) {
    throw new ActionError(`Only ${view.createdBy}, who started this import, may start it.`);
  }
  const refusal = confirmRefusal(view);
  if (refusal) throw new ActionError(refusal);
  const runId = await db.$transaction(async (tx) => {
    const id = await createRunRow(
      {
        kind: "user_import",
        params: { importId, dryRun: false },
        trigger: "manual",
        requestedBy: actor.id,
      },
      tx,
    );
    const claimed = await tx.userImport.updateMany({
      where: { id: importId, applyRunId: null },
      data: { applyRunId: id },
    });
    if (claimed.count === 0) throw new ActionError("This import has already started.");
    return id;
  });
  // The policy before the run is sent (its own audited save), so a reconcile during the import
  // does not undo it; a policy that refuses the change leaves the import as it was, unstarted.
  let policy: Awaited<ReturnType<typeof importIntoPolicy>>;
  try {
    policy = await importIntoPolicy(importId, actor, randomUUID());
  } catch (error) {
    await db.$transaction([
      db.userImport.update({ where: { id: importId }, data: { applyRunId: null } }),
      db.jobRun.delete({ where: { id: runId } }),
    ]);
    throw error;
  }
  await sendRun(await getSendBoss(), runId);
  return {
    runId,
    rows: view.rowCount,
    fileName: view.fileName,
    policyVersion: policy?.number ?? null,
  };
}
