"use client";

import {
  parseUserReportListSearch,
  toUserReportListQuery,
  type UserReportListSearch,
} from "@/lib/schemas/user-report-list";
import { ReportListForm } from "../report-list-form";

const ID_PLACEHOLDER = "@someone:example.org, or part of it";

/** The user reports list's filters: the reported user and the reporter, by part of their IDs. */
export function UserReportListFilters({ search }: { search: UserReportListSearch }) {
  return (
    <ReportListForm
      action="/reports/users"
      idPrefix="user-reports"
      search={search}
      fields={[
        { name: "target", label: "Reported user", placeholder: ID_PLACEHOLDER },
        { name: "reporter", label: "Reported by", placeholder: ID_PLACEHOLDER },
      ]}
      parse={parseUserReportListSearch}
      toQuery={toUserReportListQuery}
    />
  );
}
