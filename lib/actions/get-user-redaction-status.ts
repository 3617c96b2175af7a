"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getRedactionProgress } from "@/lib/operations/redact-user-events";
import { redactStatusSchema } from "@/lib/schemas/user-redaction";
import { defineAction } from "./define-action";

/**
 * Read-only: how far a redaction has got, for the progress the user page polls. Every role, as
 * the Server page shows Synapse's scheduled tasks (redactions included) to every role.
 */
export const getUserRedactionStatus = defineAction({
  name: "user.redact_status",
  role: "viewer",
  input: redactStatusSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ redactId }) => getRedactionProgress(await getServiceSynapse(), redactId),
});
