import { z } from "zod";
import type { ListUserReportsParams } from "@/lib/synapse/user-reports";
import {
  reportFilterSchema,
  reportPagingFields,
  toReportListQuery,
  toReportPagingParams,
} from "./report-list";
import { settlePageSize, type PageSize } from "./page-size";
import { firstValues } from "./search-params";

/** The user reports table's state as it lives in the URL search params. */
export const userReportListSearchSchema = z.object({
  ...reportPagingFields,
  /** Part of the reported user's ID. */
  target: reportFilterSchema,
  /** Part of the reporter's ID. */
  reporter: reportFilterSchema,
});

export type UserReportListSearch = z.output<typeof userReportListSearchSchema> & {
  limit: PageSize;
};

/** The URL's state; `pageSize` (the reader's choice) applies when the URL names no page size. */
export function parseUserReportListSearch(
  raw: Record<string, string | string[] | undefined>,
  pageSize?: PageSize,
): UserReportListSearch {
  return settlePageSize(userReportListSearchSchema.parse(firstValues(raw)), pageSize);
}

/** Turns the URL state into Synapse's user report list query (offset paging). */
export function toListUserReportsParams(search: UserReportListSearch): ListUserReportsParams {
  return {
    ...toReportPagingParams(search),
    target_user_id: search.target,
    user_id: search.reporter,
  };
}

/** The URL search string for a state, leaving out defaults so links stay short. */
export function toUserReportListQuery(
  search: UserReportListSearch,
  changes: Partial<UserReportListSearch> = {},
) {
  const next = { ...search, ...changes };
  return toReportListQuery({ target: next.target, reporter: next.reporter }, next);
}
