"use client";

import { useLiveFilters } from "@/components/list-filters/use-live-filters";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { parseScheduledTaskStatus } from "@/lib/schemas/server-page";
import { SCHEDULED_TASK_STATUSES, type ScheduledTaskStatus } from "@/lib/synapse/background-work";

const hrefOfStatus = (status: ScheduledTaskStatus | undefined) =>
  status ? `/server?status=${status}` : "/server";

/**
 * The scheduled tasks' status filter, applied as it changes; the URL keeps it. Without script it
 * is the plain GET form it always was, with an Apply button.
 */
export function TaskStatusFilter({ status }: { status?: ScheduledTaskStatus }) {
  const { formProps, generation, isPending } = useLiveFilters({
    current: hrefOfStatus(status),
    hrefOf: (values) => hrefOfStatus(parseScheduledTaskStatus(values)),
  });
  return (
    <form
      method="get"
      action="/server"
      role="search"
      aria-busy={isPending}
      className="flex items-end gap-4"
      {...formProps}
    >
      <div key={generation} className="space-y-1">
        <Label htmlFor="tasks-status">Status</Label>
        <Select id="tasks-status" name="status" defaultValue={status ?? ""}>
          <option value="">Any status</option>
          {SCHEDULED_TASK_STATUSES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" className="hidden noscript:inline-flex">
        Apply
      </Button>
    </form>
  );
}
