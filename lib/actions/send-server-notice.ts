"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { sendServerNotice as sendNotice } from "@/lib/operations/send-server-notice";
import { sendServerNoticeSchema } from "@/lib/schemas/server-notice";
import { defineAction } from "./define-action";

/**
 * Sends a server notice to one user, from the user page: a message from the server's notices
 * account into the user's "Server Notices" room, audited with its text. Operators and up: it is
 * day-to-day user support (telling someone about their account), and it changes nothing of the
 * account, so the user-target rule has nothing to guard (a notice to an admin is as harmless as
 * to anyone); viewers only read. The request ID is Synapse's transaction ID, so a retried request
 * sends one notice.
 */
export const sendServerNotice = defineAction({
  name: "user.send_server_notice",
  role: "operator",
  input: sendServerNoticeSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { requestId }) =>
    sendNotice(await getServiceSynapse(), { ...input, txnId: requestId }),
});
