import { z } from "zod";
import { SynapseError, isSynapseError } from "./errors";
import type { SynapseHttp } from "./http";
import { nextOffsetSchema, nullableTextSchema } from "./common-schemas";
import { synapsePath } from "./path";

// Synapse's admin API for reports about users (synapse/rest/admin/user_reports.py), added in
// Synapse 1.152 (element-hq/synapse#19657); users file them with POST /_matrix/client/v3/users/
// {userId}/report (MSC4260). Synapse has no documentation page for it yet: the shapes below are read
// from its servlet and store code.

/** The first Synapse release with the user reports admin API. */
export const USER_REPORTS_SINCE = "1.152";
/** The first Synapse release that takes reports about users from clients, and keeps them. */
export const USER_REPORTS_FILED_SINCE = "1.133";

const userReportSchema = z.looseObject({
  id: z.union([z.number(), z.string()]).transform(String),
  received_ts: z.number(),
  /** The user the report is about. */
  target_user_id: z.string(),
  /** Who filed the report. */
  user_id: z.string(),
  reason: nullableTextSchema,
});
export type SynapseUserReport = z.output<typeof userReportSchema>;

const userReportListSchema = z.looseObject({
  user_reports: z.array(userReportSchema),
  total: z.number(),
  next_token: nextOffsetSchema,
});
export type SynapseUserReportList = z.output<typeof userReportListSchema>;

export type ListUserReportsParams = {
  /** Offset to start at: 0, or a previous page's next_token. */
  from?: number;
  limit?: number;
  /** "b" (Synapse's default) lists the newest reports first. */
  dir?: "f" | "b";
  /** Reports filed by this user (substring match). */
  user_id?: string;
  /** Reports about this user (substring match). */
  target_user_id?: string;
};

/**
 * Whether `error` is a Synapse that does not know the endpoint at all (before 1.152): it answers
 * 404 M_UNRECOGNIZED, where a Synapse with the API answers M_NOT_FOUND for a missing report. A 404
 * without a Matrix error code (a proxy in front that does not route the path) counts too.
 */
export function isEndpointMissing(error: unknown): boolean {
  if (!isSynapseError(error, "not_found")) return false;
  return error.errcode === "M_UNRECOGNIZED" || error.errcode === undefined;
}

/** Rethrows "no such endpoint" as a sentence naming the Synapse release that has it. */
function explainMissing(error: unknown): never {
  if (isEndpointMissing(error) && error instanceof SynapseError) {
    throw error.withMessage(
      `This Synapse has no admin API for user reports (it came in Synapse ${USER_REPORTS_SINCE}); upgrade Synapse to read them.`,
    );
  }
  throw error;
}

/** One page of the reports users filed about other users. */
export function listUserReports(
  http: SynapseHttp,
  params: ListUserReportsParams = {},
): Promise<SynapseUserReportList> {
  return http
    .request(userReportListSchema, {
      path: "/_synapse/admin/v1/user_reports",
      query: params,
      what: "list user reports",
    })
    .catch(explainMissing);
}

/** One user report. */
export function getUserReport(http: SynapseHttp, reportId: string): Promise<SynapseUserReport> {
  return http
    .request(userReportSchema, {
      path: synapsePath`/_synapse/admin/v1/user_reports/${reportId}`,
      what: `read the user report ${reportId}`,
    })
    .catch(explainMissing);
}

const emptySchema = z.looseObject({});

/** Deletes a report (the reported user is not touched). */
export async function deleteUserReport(http: SynapseHttp, reportId: string): Promise<void> {
  await http
    .request(emptySchema, {
      method: "DELETE",
      path: synapsePath`/_synapse/admin/v1/user_reports/${reportId}`,
      what: `delete the user report ${reportId}`,
    })
    .catch(explainMissing);
}

/**
 * Reports `targetUserId` as the user owning `token`, as a client would (client-server API). Synapse
 * answers {} even for a user it does not have, so as not to tell who exists. Used to seed tests.
 */
export async function reportUser(
  http: SynapseHttp,
  token: string,
  report: { targetUserId: string; reason: string },
): Promise<void> {
  await http.request(emptySchema, {
    method: "POST",
    path: synapsePath`/_matrix/client/v3/users/${report.targetUserId}/report`,
    auth: { token },
    body: { reason: report.reason },
    what: `report the user ${report.targetUserId}`,
  });
}
