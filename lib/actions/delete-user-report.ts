"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { deleteUserReport as deleteReport } from "@/lib/operations/delete-user-report";
import { deleteUserReportSchema } from "@/lib/schemas/user-report";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

// Operator, as for event reports: dismissing a report is moderation work that changes no account.
// The entry's target is the reported user, so it shows in that user's History; the user's account
// is not changed, hence TARGETS_NO_USER (a report about an admin may be dismissed too).
export const deleteUserReport = defineAction({
  name: "user_report.delete",
  role: "operator",
  input: deleteUserReportSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.targetUserId }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => deleteReport(await getServiceSynapse(), input),
});
