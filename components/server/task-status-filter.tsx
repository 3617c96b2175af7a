"use client";

import { FilterChoice } from "@/components/list-filters/filter-fields";
import { useLiveFilters } from "@/components/list-filters/use-live-filters";
import { Button } from "@/components/ui/button";
import { parseScheduledTaskStatus } from "@/lib/schemas/server-page";
import { SCHEDULED_TASK_STATUSES, type ScheduledTaskStatus } from "@/lib/synapse/background-work";

const STATUS_CHOICES = {
  "": "Any status",
  ...Object.fromEntries(SCHEDULED_TASK_STATUSES.map((status) => [status, status])),
};

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
      <FilterChoice
        key={generation}
        id="tasks-status"
        name="status"
        label="Status"
        value={status ?? ""}
        choices={STATUS_CHOICES}
      />
      <Button type="submit" className="hidden noscript:inline-flex">
        Apply
      </Button>
    </form>
  );
}
