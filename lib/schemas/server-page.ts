import { z } from "zod";
import { SCHEDULED_TASK_STATUSES, type ScheduledTaskStatus } from "@/lib/synapse/background-work";
import { firstValues, type SearchParams } from "./search-params";

/** Pausing or resuming Synapse's background updates. */
export const setBackgroundUpdatesEnabledSchema = z.object({ enabled: z.boolean() });
export type SetBackgroundUpdatesEnabledInput = z.output<typeof setBackgroundUpdatesEnabledSchema>;

/** The scheduled tasks filter as it lives in the URL; anything else lists every status. */
export function parseScheduledTaskStatus(raw: SearchParams): ScheduledTaskStatus | undefined {
  return z.enum(SCHEDULED_TASK_STATUSES).optional().catch(undefined).parse(firstValues(raw).status);
}
