import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { REPORT_PAGE_SIZES, type EventReportListSearch } from "@/lib/schemas/event-report-list";

function TextFilter(props: { id: string; name: string; label: string; value?: string }) {
  return (
    <div className="space-y-1">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Input id={props.id} name={props.name} defaultValue={props.value ?? ""} autoComplete="off" />
    </div>
  );
}

/** A plain GET form: submitting it rewrites the URL, which is the table's only state. */
export function ReportListFilters({ search }: { search: EventReportListSearch }) {
  return (
    <form method="get" action="/reports" className="grid gap-4 md:grid-cols-3" role="search">
      <TextFilter id="reports-room" name="room" label="Room ID" value={search.room} />
      <TextFilter
        id="reports-reporter"
        name="reporter"
        label="Reported by"
        value={search.reporter}
      />
      <TextFilter id="reports-sender" name="sender" label="Event sender" value={search.sender} />
      <div className="space-y-1">
        <Label htmlFor="reports-dir">Order</Label>
        <Select id="reports-dir" name="dir" defaultValue={search.dir}>
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="reports-limit">Page size</Label>
        <Select id="reports-limit" name="limit" defaultValue={String(search.limit)}>
          {REPORT_PAGE_SIZES.map((size) => (
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
