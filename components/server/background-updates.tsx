import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDuration } from "@/lib/format/duration";
import type { SynapseBackgroundUpdateStatus } from "@/lib/synapse/background-work";

const NUMBER = new Intl.NumberFormat("en");

/**
 * Whether Synapse runs its background updates and how far the current ones have got. Synapse
 * says how many items an update has done and how fast, not how many are left, so there is no bar.
 */
export function BackgroundUpdates({ status }: { status: SynapseBackgroundUpdateStatus }) {
  const updates = Object.entries(status.current_updates);
  return (
    <div className="space-y-4">
      <p className="text-sm" data-testid="background-updates-state">
        {status.enabled ? (
          <Badge variant="success">Running</Badge>
        ) : (
          <Badge variant="warning">Paused</Badge>
        )}{" "}
        {status.enabled
          ? "Synapse runs its database migrations in the background as they come."
          : "Synapse has paused its database migrations until they are resumed or it restarts."}
      </p>
      <DataTable
        label="Current background updates"
        columns={["Database", "Update", "Items done", "Time spent", "Speed"]}
        rows={updates}
        empty={
          status.enabled
            ? "No background update is running: the database is up to date."
            : "No background update is running while they are paused."
        }
        emptyAs="text"
        renderRow={([database, update]) => (
          <TableRow key={database} data-testid="background-update-row">
            <TableCell className="font-mono text-sm">{database}</TableCell>
            <TableCell className="font-mono text-sm">{update.name}</TableCell>
            <TableCell>{NUMBER.format(update.total_item_count)}</TableCell>
            <TableCell>{formatDuration(update.total_duration_ms)}</TableCell>
            <TableCell>
              {update.average_items_per_ms === null
                ? "not measured yet"
                : `${NUMBER.format(Math.round(update.average_items_per_ms * 1000))} items a second`}
            </TableCell>
          </TableRow>
        )}
      />
    </div>
  );
}
