import { TimeInWords } from "@/components/ui/time-in-words";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { FREE_TEXT_LINE_CLASS, TableCell, TableRow } from "@/components/ui/table";
import type { ScheduledTaskStatus, SynapseScheduledTask } from "@/lib/synapse/background-work";
import { TaskStatusFilter } from "./task-status-filter";

const STATUS_BADGE = {
  scheduled: "secondary",
  active: "default",
  complete: "success",
  cancelled: "outline",
  failed: "destructive",
} as const;

type Props = { tasks: SynapseScheduledTask[]; status?: ScheduledTaskStatus; now: Date };

/** The tasks Synapse's scheduler keeps; Synapse answers them all at once, so there are no pages. */
export function ScheduledTasks({ tasks, status, now }: Props) {
  return (
    <div className="space-y-4">
      <TaskStatusFilter status={status} />
      <DataTable
        label="Scheduled tasks"
        columns={["Action", "Status", "Resource", "Updated", "Error"]}
        rows={tasks}
        empty={status ? `No ${status} tasks.` : "No scheduled tasks."}
        renderRow={(task) => (
          <TableRow key={task.id} data-testid="scheduled-task-row">
            <TableCell className="font-mono text-sm">{task.action}</TableCell>
            <TableCell>
              <Badge variant={STATUS_BADGE[task.status]}>{task.status}</Badge>
            </TableCell>
            <TableCell className="font-mono text-xs">{task.resource_id ?? ""}</TableCell>
            <TableCell className="text-sm">
              <TimeInWords ms={task.timestamp_ms} now={now} />
            </TableCell>
            <TableCell className="text-sm">
              <span className={FREE_TEXT_LINE_CLASS} title={task.error ?? undefined}>
                {task.error ?? ""}
              </span>
            </TableCell>
          </TableRow>
        )}
      />
      <p className="text-sm text-muted-foreground" data-testid="scheduled-tasks-count">
        {tasks.length === 1 ? "1 task" : `${tasks.length} tasks`}; Synapse keeps finished tasks for
        a week.
      </p>
    </div>
  );
}
