"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { deleteEventReport as deleteReport } from "@/lib/operations/delete-event-report";
import { deleteEventReportSchema } from "@/lib/schemas/event-report";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

export const deleteEventReport = defineAction({
  name: "event_report.delete",
  role: "operator",
  input: deleteEventReportSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => deleteReport(await getServiceSynapse(), input),
});
