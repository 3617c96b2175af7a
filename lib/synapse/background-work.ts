import { z } from "zod";
import type { SynapseHttp } from "./http";
import { nullableTextSchema } from "./common-schemas";

const currentUpdateSchema = z.looseObject({
  name: z.string(),
  total_item_count: z.number(),
  total_duration_ms: z.number(),
  /** Null until the update has timed a batch (the real test Synapse sends it so at start). */
  average_items_per_ms: z
    .number()
    .nullable()
    .transform((value) => value ?? null),
});
export type SynapseBackgroundUpdate = z.output<typeof currentUpdateSchema>;

export const backgroundUpdateStatusSchema = z.looseObject({
  enabled: z.boolean(),
  /** The update running now on each database, by database name; empty when none runs. */
  current_updates: z.record(z.string(), currentUpdateSchema),
});
export type SynapseBackgroundUpdateStatus = z.output<typeof backgroundUpdateStatusSchema>;

/** Whether background updates run, and the one running on each database. */
export function getBackgroundUpdateStatus(
  http: SynapseHttp,
): Promise<SynapseBackgroundUpdateStatus> {
  return http.request(backgroundUpdateStatusSchema, {
    path: "/_synapse/admin/v1/background_updates/status",
    what: "report its background updates",
  });
}

const enabledSchema = z.looseObject({ enabled: z.boolean() });

/** Pauses or resumes background updates on every database; answers the state now in force. */
export async function setBackgroundUpdatesEnabled(
  http: SynapseHttp,
  enabled: boolean,
): Promise<boolean> {
  const answer = await http.request(enabledSchema, {
    method: "POST",
    path: "/_synapse/admin/v1/background_updates/enabled",
    body: { enabled },
    what: `${enabled ? "resume" : "pause"} background updates`,
  });
  return answer.enabled;
}

export const SCHEDULED_TASK_STATUSES = [
  "scheduled",
  "active",
  "complete",
  "cancelled",
  "failed",
] as const;
export type ScheduledTaskStatus = (typeof SCHEDULED_TASK_STATUSES)[number];

const scheduledTaskSchema = z.looseObject({
  id: z.string(),
  action: z.string(),
  status: z.enum(SCHEDULED_TASK_STATUSES),
  timestamp_ms: z.number(),
  resource_id: nullableTextSchema,
  result: z.unknown().optional(),
  error: nullableTextSchema,
});
export type SynapseScheduledTask = z.output<typeof scheduledTaskSchema>;

export const scheduledTaskListSchema = z.looseObject({
  scheduled_tasks: z.array(scheduledTaskSchema),
});

export type ListScheduledTasksParams = {
  action_name?: string;
  resource_id?: string;
  status?: ScheduledTaskStatus;
  /** Tasks last updated at or before this time (ms). */
  max_timestamp?: number;
};

/** The tasks Synapse's task scheduler keeps (room deletions, purges…). Synapse does not page them. */
export async function listScheduledTasks(
  http: SynapseHttp,
  params: ListScheduledTasksParams = {},
): Promise<SynapseScheduledTask[]> {
  const answer = await http.request(scheduledTaskListSchema, {
    path: "/_synapse/admin/v1/scheduled_tasks",
    query: params,
    what: "list its scheduled tasks",
  });
  return answer.scheduled_tasks;
}
