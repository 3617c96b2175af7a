import type { UserReportListSearch } from "@/lib/schemas/user-report-list";
import { ReportListForm, ReportTextFilter } from "../report-list-form";

const ID_PLACEHOLDER = "@someone:example.org, or part of it";

/** The user reports list's filters: the reported user and the reporter, by part of their IDs. */
export function UserReportListFilters({ search }: { search: UserReportListSearch }) {
  return (
    <ReportListForm action="/reports/users" idPrefix="user-reports" dir={search.dir}>
      <ReportTextFilter
        id="user-reports-target"
        name="target"
        label="Reported user"
        value={search.target}
        search
        placeholder={ID_PLACEHOLDER}
      />
      <ReportTextFilter
        id="user-reports-reporter"
        name="reporter"
        label="Reported by"
        value={search.reporter}
        placeholder={ID_PLACEHOLDER}
      />
    </ReportListForm>
  );
}
