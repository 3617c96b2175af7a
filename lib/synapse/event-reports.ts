import { z } from "zod";
import type { SynapseHttp } from "./http";
import { nextOffsetSchema, nullableTextSchema } from "./common-schemas";
import { synapsePath } from "./path";

const reportFields = {
  id: z.union([z.number(), z.string()]).transform(String),
  received_ts: z.number(),
  room_id: z.string(),
  /** The room's name, when it has one. */
  name: nullableTextSchema,
  canonical_alias: nullableTextSchema,
  event_id: z.string(),
  /** Who reported the event. */
  user_id: z.string(),
  /** Who sent the reported event. */
  sender: nullableTextSchema,
  reason: nullableTextSchema,
  score: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
};

const eventReportSchema = z.looseObject(reportFields);
export type SynapseEventReport = z.output<typeof eventReportSchema>;

const eventReportDetailSchema = z.looseObject({
  ...reportFields,
  /** The reported event as Synapse stores it. */
  event_json: z.record(z.string(), z.unknown()),
});
export type SynapseEventReportDetail = z.output<typeof eventReportDetailSchema>;

const eventReportListSchema = z.looseObject({
  event_reports: z.array(eventReportSchema),
  total: z.number(),
  next_token: nextOffsetSchema,
});
export type SynapseEventReportList = z.output<typeof eventReportListSchema>;

export type ListEventReportsParams = {
  /** Offset to start at: 0, or a previous page's next_token. */
  from?: number;
  limit?: number;
  /** "b" (Synapse's default) lists the newest reports first. */
  dir?: "f" | "b";
  /** Reports made by this user (substring match). */
  user_id?: string;
  /** Reports about events in this room (substring match). */
  room_id?: string;
  /** Reports about events sent by this user (substring match). */
  event_sender_user_id?: string;
};

/** One page of the reports users made about events. */
export function listEventReports(
  http: SynapseHttp,
  params: ListEventReportsParams = {},
): Promise<SynapseEventReportList> {
  return http.request(eventReportListSchema, {
    path: "/_synapse/admin/v1/event_reports",
    query: params,
    what: "list event reports",
  });
}

/** One report with the reported event's JSON. */
export function getEventReport(
  http: SynapseHttp,
  reportId: string,
): Promise<SynapseEventReportDetail> {
  return http.request(eventReportDetailSchema, {
    path: synapsePath`/_synapse/admin/v1/event_reports/${reportId}`,
    what: `read the event report ${reportId}`,
  });
}

const emptySchema = z.looseObject({});

/** Deletes a report (the reported event stays). */
export async function deleteEventReport(http: SynapseHttp, reportId: string): Promise<void> {
  await http.request(emptySchema, {
    method: "DELETE",
    path: synapsePath`/_synapse/admin/v1/event_reports/${reportId}`,
    what: `delete the event report ${reportId}`,
  });
}
