import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import type { JobKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RUN_QUEUE, runJobOptions, type RunJobData } from "./queue";
import { getJobKind, jobKinds, type JobKindRegistry } from "./registry";

export type RunTrigger = "manual" | "schedule" | "resume" | "due";

export type EnqueueRunInput = {
  kind: JobKind;
  params: unknown;
  definitionId?: string | null;
  trigger: RunTrigger;
  /** Matrix ID of whoever asked (for a schedule: the definition's creator). */
  requestedBy: string;
  /** When the run counts as queued; the schedule tick passes its own time (see tick.ts). */
  queuedAt?: Date;
};

/** A kind's parameters were refused; `issues` say which and why. */
export class JobParamsError extends Error {
  override name = "JobParamsError";
  constructor(
    message: string,
    readonly issues: string[],
  ) {
    super(message);
  }
}

type Writer = Pick<Prisma.TransactionClient, "jobRun">;

/** Validates the parameters against the kind and writes the queued run row. */
export async function createRunRow(
  input: EnqueueRunInput,
  writer: Writer = db,
  kinds: JobKindRegistry = jobKinds,
): Promise<string> {
  const kind = getJobKind(input.kind, kinds);
  if (!kind) throw new JobParamsError(`No job kind ${input.kind} is registered.`, []);
  const parsed = kind.params.safeParse(input.params);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "parameters"}: ${issue.message}`,
    );
    throw new JobParamsError(`The parameters for ${kind.label} are not valid.`, issues);
  }
  const run = await writer.jobRun.create({
    data: {
      kind: input.kind,
      params: JSON.parse(JSON.stringify(parsed.data ?? {})),
      definitionId: input.definitionId ?? null,
      trigger: input.trigger,
      requestedBy: input.requestedBy,
      queuedAt: input.queuedAt,
    },
    select: { id: true },
  });
  return run.id;
}

/**
 * Puts an existing queued run on the queue and remembers its queue job; `startAfter` holds it
 * back until then.
 */
export async function sendRun(boss: PgBoss, runId: string, startAfter?: Date): Promise<void> {
  try {
    const data: RunJobData = { runId };
    const options = { ...runJobOptions(), ...(startAfter ? { startAfter } : {}) };
    const queueJobId = await boss.send(RUN_QUEUE, data, options);
    if (queueJobId) await db.jobRun.update({ where: { id: runId }, data: { queueJobId } });
  } catch (error) {
    // A run row that can never start would sit "queued" forever; say why instead.
    await db.jobRun.update({
      where: { id: runId },
      data: {
        status: "failed",
        error: "The job queue could not be reached.",
        finishedAt: new Date(),
      },
    });
    throw error;
  }
}

/** Creates a run (parameters checked by its kind) and queues it; returns the run ID. */
export async function enqueueRun(
  input: EnqueueRunInput,
  boss: PgBoss,
  kinds: JobKindRegistry = jobKinds,
): Promise<string> {
  const runId = await createRunRow(input, db, kinds);
  await sendRun(boss, runId);
  return runId;
}
