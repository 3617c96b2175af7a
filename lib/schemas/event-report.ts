import { z } from "zod";
import { roomIdSchema } from "./matrix-id";
import { reportIdSchema } from "./opaque-id";

/** Deleting a report: the room is sent along so the audit record names it, and checked on the server. */
export const deleteEventReportSchema = z.object({
  reportId: reportIdSchema,
  roomId: roomIdSchema,
});

export type DeleteEventReportInput = z.output<typeof deleteEventReportSchema>;
