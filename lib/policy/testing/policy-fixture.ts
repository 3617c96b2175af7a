// Test harness, not app code: policies saved as versions, the console's account acting inside an
// audit scope to set rooms up, and Synapse read through an admin of its own.
import { setTimeout as delay } from "node:timers/promises";
import { runAudited } from "@/lib/audit/run-audited";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import type { PolicyDocument } from "@/lib/policy/document/schema";
import { saveVersion } from "@/lib/policy/versions";
import type { SynapseClient } from "@/lib/synapse";

/** Saves the document (pretty JSON, as the editor does) as the next version, by an admin unless told. */
export async function savePolicy(
  policy: PolicyDocument,
  author = "@policy-tester:localhost",
  authorRole: Role = "admin",
) {
  const content = JSON.stringify(policy, null, 2);
  const { version } = await saveVersion(content, {
    author,
    authorRole,
    message: "test",
    origin: "editor",
  });
  return version;
}

/**
 * Saves the document as an admin and records that an admin applied a plan of it from the Policy
 * page (as startPolicyApply does), so what is applied unattended after it has an admin's rights
 * whatever other tests saved before (lib/policy/policy-rights.ts). The plan itself is not run.
 */
export async function saveVouchedPolicy(
  policy: PolicyDocument,
  author = "@policy-tester:localhost",
) {
  const version = await savePolicy(policy, author, "admin");
  await db.policyPlan.create({
    data: {
      versionId: version.id,
      plan: { actions: [], warnings: [], impossible: [] },
      actionCount: 0,
      removals: 0,
      createdBy: author,
      reviewedBy: author,
      reviewedRole: "admin",
    },
  });
  return version;
}

/** The console's own account, and a way for setup code to change Synapse as it (audited as setup). */
export async function consoleAccount() {
  const synapse = await getServiceSynapse();
  const userId = await getServiceUserId(synapse);
  const asConsole = <T>(work: (synapse: SynapseClient) => Promise<T>) =>
    runAudited({ actor: { id: "@policy-test-setup:localhost" }, action: "test.setup" }, () =>
      work(synapse),
    );
  return { synapse, userId, asConsole };
}

/** Waits for a run to leave queued/running (60 s at most) and returns it. */
export async function waitForRunEnd(runId: string) {
  const until = Date.now() + 60_000;
  for (;;) {
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    if (!["queued", "running"].includes(run.status)) return run;
    if (Date.now() > until) throw new Error(`run ${runId} stayed ${run.status} at ${run.done}`);
    await delay(50);
  }
}

/** The run's items by key. */
export async function runItemsByKey(runId: string) {
  const items = await db.jobRunItem.findMany({ where: { runId } });
  return new Map(items.map((item) => [item.key, item]));
}
