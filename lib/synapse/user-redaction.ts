import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

/** The scheduled-task name Synapse files a user's redaction under (handlers/admin.py). */
export const REDACT_TASK_ACTION = "redact_all_events";

export type RedactUserEventsRequest = {
  /** Rooms to redact in; empty means every room the user is joined to or banned from now. */
  rooms: readonly string[];
  /** Put in each redaction event's content, so room members see it too. */
  reason?: string;
  /** At most this many events per room (Synapse's default is 1000). */
  limit?: number;
};

const startedSchema = z.looseObject({ redact_id: z.string().min(1) });

/**
 * Starts Synapse's task that redacts a user's messages, joins and encrypted events in the given
 * rooms, sent as the user themself (Synapse builds each redaction on top of the event it redacts,
 * so it passes even where the user has left since). Synapse refuses a second one while one of
 * the user's is active.
 */
export async function startUserRedaction(
  http: SynapseHttp,
  userId: string,
  request: RedactUserEventsRequest,
): Promise<string> {
  const answer = await http.request(startedSchema, {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/user/${userId}/redact`,
    body: {
      rooms: request.rooms,
      ...(request.reason ? { reason: request.reason } : {}),
      ...(request.limit === undefined ? {} : { limit: request.limit }),
    },
    what: `start redacting the events of ${userId}`,
  });
  return answer.redact_id;
}

/**
 * Where a redaction task stands, as Synapse answers it: a cancelled task reads as failed;
 * a complete one lists the events it could not redact, by event ID, with Synapse's reason.
 */
export const redactStatusSchema = z.discriminatedUnion("status", [
  z.looseObject({ status: z.literal("scheduled") }),
  z.looseObject({ status: z.literal("active") }),
  z.looseObject({
    status: z.literal("complete"),
    failed_redactions: z.record(z.string(), z.string()).default({}),
  }),
  z.looseObject({ status: z.literal("failed"), error: z.string().default("") }),
]);
export type SynapseRedactStatus = z.output<typeof redactStatusSchema>;

export function getUserRedactionStatus(
  http: SynapseHttp,
  redactId: string,
): Promise<SynapseRedactStatus> {
  return http.request(redactStatusSchema, {
    path: synapsePath`/_synapse/admin/v1/user/redact_status/${redactId}`,
    what: "read the redaction's status",
  });
}
