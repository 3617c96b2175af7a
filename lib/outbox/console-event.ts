import type { JobKind } from "@/lib/generated/prisma/enums";

/**
 * How an event ended. Audit outcomes are success, failure or unknown (the process stopped before it
 * could say); a job run's end is success, failure or cancelled.
 */
export type EventOutcome = "success" | "failure" | "unknown" | "cancelled";

/**
 * Something the console did, as the outbox sends it: a change from the audit log, or the end of a
 * job run. The same shape goes into a room notice's structured content and a webhook's body.
 */
export type ConsoleEvent = {
  /** Unique per event: "audit:<entry id>", "run:<end id>", "run:<end id>:drift". */
  id: string;
  /** The audit action ("user.deactivate"), or "job.finished" and "policy.drift_found" for runs. */
  action: string;
  outcome: EventOutcome;
  /** A Matrix ID, "job:<id>", "token:<name>", or "the console". */
  actor: string;
  target: { type: string; id: string } | null;
  /** When it ended, ISO 8601. */
  at: string;
  /** One sentence: who did what to what, and how it ended. */
  summary: string;
  error: string | null;
  /** The kind of the job run that ended, or that wrote the audit entry. */
  jobKind: JobKind | null;
  runId: string | null;
  /** Ties together what one click did (the History's request filter). */
  requestId: string | null;
  /** Facts of the event beyond the above, such as a drift's action count. */
  detail: Record<string, unknown> | null;
};

/** The console's own notice sends: never matched, or a rule on "" would feed on itself. */
export const OUTBOX_OWN_ACTION = "notification.send";

/** Action of a job run's end; its outcome says how. */
export const JOB_FINISHED_ACTION = "job.finished";

/** Action of a policy reconcile run that found Synapse out of line with the policy. */
export const DRIFT_FOUND_ACTION = "policy.drift_found";

/** The `schema` of the structured content of a room notice. */
export const NOTICE_SCHEMA = "org.synapse_console.notification.v1";

/** The key under which a room notice carries the event. */
export const NOTICE_CONTENT_KEY = "org.synapse_console.notification";

/** The `schema` of a webhook's JSON body. */
export const WEBHOOK_SCHEMA = "org.synapse_console.webhook.v1";
