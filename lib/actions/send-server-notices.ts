"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { sendServerNoticesSchema } from "@/lib/schemas/bulk-user-actions";
import { defineAction } from "./define-action";
import { enqueueUserBulk } from "./user-bulk-action";

/**
 * Sends a server notice to many users as a job (user_bulk, change "server_notice"), each user an
 * item with its outcome and its own audit entry: the users selected on a page of the users list,
 * or every local user matching its filters, whom the job pages through Synapse for itself.
 * Operators and up, for the reasons of send-server-notice.ts; no account is changed, so no user
 * is refused by the user-target rule. The request is audited with the text and the recipients.
 */
export const sendServerNotices = defineAction({
  name: "user.bulk_server_notice",
  role: "operator",
  input: sendServerNoticesSchema,
  mutates: true,
  target: () => ({ type: "console", id: "users-bulk" }),
  targetsUsers: TARGETS_NO_USER,
  // The role was checked above, so an actor here always has one.
  run: async ({ recipients, body }, { actor }) =>
    enqueueUserBulk(
      {
        change: "server_notice",
        recipients,
        body,
        requestedByRole: actor.role ?? "operator",
      },
      actor.id,
    ),
});
