import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { USER_REPORT_PAGE_SIZES, type UserReportListSearch } from "@/lib/schemas/user-report-list";

function TextFilter(props: { id: string; name: string; label: string; value?: string }) {
  return (
    <div className="space-y-1">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Input
        id={props.id}
        name={props.name}
        defaultValue={props.value ?? ""}
        placeholder="@someone:example.org, or part of it"
        autoComplete="off"
      />
    </div>
  );
}

/** A plain GET form: submitting it rewrites the URL, which is the table's only state. */
export function UserReportListFilters({ search }: { search: UserReportListSearch }) {
  return (
    <form method="get" action="/reports/users" className="grid gap-4 md:grid-cols-3" role="search">
      <TextFilter
        id="user-reports-target"
        name="target"
        label="Reported user"
        value={search.target}
      />
      <TextFilter
        id="user-reports-reporter"
        name="reporter"
        label="Reported by"
        value={search.reporter}
      />
      <div className="space-y-1">
        <Label htmlFor="user-reports-dir">Order</Label>
        <Select id="user-reports-dir" name="dir" defaultValue={search.dir}>
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="user-reports-limit">Page size</Label>
        <Select id="user-reports-limit" name="limit" defaultValue={String(search.limit)}>
          {USER_REPORT_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-end">
        <Button type="submit">Apply</Button>
      </div>
    </form>
  );
}
