import type { z } from "zod";
import type { JobKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export type RunItem = { key: string; ok: boolean; detail?: unknown; error?: string };

/** What a job kind's `run` may use; the engine provides it for one run. */
export type JobContext = {
  runId: string;
  /** The audit actor for every change the run makes: "job:<definition or run id>". */
  actorId: string;
  /** Matrix ID of whoever created the definition or asked for the run; goes into audit inputs. */
  requestedBy: string;
  /** Aborted when someone cancels the run or the worker shuts down; stop between items. */
  signal: AbortSignal;
  /** How many items the run will go through, once known (for the progress bar). */
  setTotal(total: number): Promise<void>;
  /**
   * Says on the run's page what the run is waiting for (Synapse down, rate limiting), or null once
   * it works again. Never throws: it only informs.
   */
  setWaiting(waitingFor: string | null): Promise<void>;
  /** Keys already recorded for this run by an earlier attempt, so a resumed run skips them. */
  doneKeys(): Promise<ReadonlySet<string>>;
  /**
   * Records one item's result and advances the progress. Recording a key twice is refused by the
   * database (unique per run), which is what keeps a resumed run from doing an item twice.
   */
  recordItem(item: RunItem): Promise<void>;
  /**
   * Records many items in one transaction, together with `alongside`: writes that must land
   * exactly when the items do (a device scan stores a batch of users' devices with their items).
   */
  recordItems(items: RunItem[], alongside?: Prisma.PrismaPromise<unknown>[]): Promise<void>;
};

/** Work a kind finds due by itself, for the tick to queue (see lib/jobs/due-work.ts). */
export type DueWork<Params> = {
  params: Params;
  /** When the work comes due: the run is queued to start then (at once if that has passed). */
  at: Date;
};

/** One kind of job: its parameters and its work. Registered in lib/jobs/registry.ts. */
export type JobKindDefinition<Params> = {
  kind: JobKind;
  /** For people: "Device scan". */
  label: string;
  params: z.ZodType<Params>;
  /** Runs the job; the returned summary is stored on the run and shown on its page. */
  run(params: Params, context: JobContext): Promise<Record<string, unknown>>;
  /**
   * Work due by `until` that nobody asked for, such as old tokens whose grace period ends: the
   * per-minute tick queues one run of it (trigger "due"), and again after a run that failed.
   */
  findDueWork?(until: Date): Promise<DueWork<Params> | null>;
};
