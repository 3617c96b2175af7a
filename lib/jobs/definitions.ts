import type PgBoss from "pg-boss";
import { noneOf, recordChanges } from "@/lib/audit/changes";
import { db } from "@/lib/db";
import { humanIssueMessage } from "@/lib/schemas/issue-messages";
import { strictAtTop } from "@/lib/schemas/strict-at-top";
import type { JobDefinitionFields } from "./definition-schema";
import { enqueueRun, JobParamsError, sendRun } from "./enqueue-run";
import { getJobKind, jobKinds, type JobKindRegistry } from "./registry";

type Deps = { kinds?: JobKindRegistry };

/** The parameters as the kind's own schema reads them; throws JobParamsError when it refuses them. */
export function parseDefinitionParams(
  fields: Pick<JobDefinitionFields, "kind" | "params">,
  kinds: JobKindRegistry = jobKinds,
) {
  const kind = getJobKind(fields.kind, kinds);
  if (!kind) throw new JobParamsError(`No job kind ${fields.kind} is available yet.`, []);
  // Typed by a person: an unknown key is refused as a typo rather than ignored.
  const parsed = strictAtTop(kind.params).safeParse(JSON.parse(fields.params || "{}"), {
    error: humanIssueMessage,
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "parameters"}: ${issue.message}`,
    );
    throw new JobParamsError(`The parameters for ${kind.label} are not valid.`, issues);
  }
  return parsed.data;
}

/** The form's fields as a row, with the parameters checked by the kind's own schema. */
function toRow(fields: JobDefinitionFields, kinds: JobKindRegistry) {
  const params = parseDefinitionParams(fields, kinds);
  return {
    name: fields.name,
    kind: fields.kind,
    params: JSON.parse(JSON.stringify(params ?? {})),
    cron: fields.cron === "" ? null : fields.cron,
    timezone: fields.timezone,
    enabled: fields.enabled,
  };
}

/** The fields a person sets, as the audit log records their changes. */
const DEFINITION_FIELDS = {
  name: true,
  kind: true,
  params: true,
  cron: true,
  timezone: true,
  enabled: true,
} as const;

/** Saves a new definition, recording each field from null. */
export async function createJobDefinition(
  fields: JobDefinitionFields,
  createdBy: string,
  { kinds = jobKinds }: Deps = {},
) {
  const row = toRow(fields, kinds);
  const created = await db.jobDefinition.create({
    data: { ...row, createdBy },
    select: { id: true, ...DEFINITION_FIELDS },
  });
  const { id, ...after } = created;
  recordChanges(noneOf(after), after);
  return { id };
}

/** Changes a definition, recording the fields that changed from the row read just before. */
export async function updateJobDefinition(
  id: string,
  fields: JobDefinitionFields,
  updatedBy: string,
  { kinds = jobKinds }: Deps = {},
) {
  const row = toRow(fields, kinds);
  const { before, after } = await db.$transaction(async (tx) => ({
    before: await tx.jobDefinition.findUniqueOrThrow({ where: { id }, select: DEFINITION_FIELDS }),
    after: await tx.jobDefinition.update({
      where: { id },
      data: { ...row, updatedBy },
      select: DEFINITION_FIELDS,
    }),
  }));
  recordChanges(before, after);
  return { id };
}

/** Deletes the definition, recording each field to null; its runs stay as history (they only keep its ID). */
export async function deleteJobDefinition(id: string) {
  const before = await db.jobDefinition.delete({ where: { id }, select: DEFINITION_FIELDS });
  recordChanges(before, noneOf(before));
  return { id };
}

/** Queues a run of the definition now, for `requestedBy`; returns the run ID. */
export async function runJobDefinitionNow(
  id: string,
  requestedBy: string,
  boss: PgBoss,
  { kinds = jobKinds }: Deps = {},
) {
  const definition = await db.jobDefinition.findUniqueOrThrow({ where: { id } });
  const runId = await enqueueRun(
    {
      kind: definition.kind,
      params: definition.params,
      definitionId: definition.id,
      trigger: "manual",
      requestedBy,
    },
    boss,
    kinds,
  );
  return { runId };
}

/**
 * Cancels a run: a queued one at once, a running one by asking its worker, which stops between
 * items within about a second. Finished runs are left as they are.
 */
export async function cancelJobRun(runId: string) {
  const queued = await db.jobRun.updateMany({
    where: { id: runId, status: "queued" },
    data: { status: "cancelled", cancelRequested: true, finishedAt: new Date() },
  });
  if (queued.count === 1) return { runId, status: "cancelled" as const };
  const running = await db.jobRun.updateMany({
    where: { id: runId, status: "running" },
    data: { cancelRequested: true },
  });
  return { runId, status: running.count === 1 ? ("cancelling" as const) : ("finished" as const) };
}

/**
 * Puts a failed or cancelled run back on the queue. Its kind skips the items already recorded, so
 * it carries on where it stopped; items that failed stay failed. Other runs are left as they are.
 */
export async function resumeJobRun(runId: string, boss: PgBoss) {
  const reopened = await db.jobRun.updateMany({
    where: { id: runId, status: { in: ["failed", "cancelled"] } },
    data: {
      status: "queued",
      error: null,
      finishedAt: null,
      cancelRequested: false,
      heartbeatAt: null,
    },
  });
  if (reopened.count === 0) return { runId, resumed: false };
  await sendRun(boss, runId);
  return { runId, resumed: true };
}
