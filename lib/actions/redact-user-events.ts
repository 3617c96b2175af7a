"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { redactUserEvents as redact } from "@/lib/operations/redact-user-events";
import { redactUserEventsSchema } from "@/lib/schemas/user-redaction";
import { defineAction } from "./define-action";

/**
 * Starts redacting a user's messages in chosen rooms or all of them. Admin: it destroys content
 * other people can read, cannot be undone, and Synapse sends the redactions as the user.
 */
export const redactUserEvents = defineAction({
  name: "user.redact_events",
  role: "admin",
  input: redactUserEventsSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async (input) => redact(await getServiceSynapse(), input),
});
