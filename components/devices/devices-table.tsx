import { IntentLink } from "@/components/ui/intent-link";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatTimestamp } from "@/components/users/format-time";
import { CONNECTION_COLUMNS, ConnectionCells } from "./connection-cells";

export type DeviceRow = {
  userId: string;
  deviceId: string;
  displayName: string | null;
  lastSeenAt: Date | null;
  lastSeenUserAgent: string | null;
  lastSeenIp: string | null;
  userType: string | null;
};

const COLUMNS = ["User", "Device", "Name", "Last seen"];

/**
 * Devices with their user (linked) and last use; with `showConnections` (operators and admins,
 * lib/auth/connection-privacy.ts), where from and with which client too.
 */
export function DevicesTable({
  label,
  rows,
  showConnections,
}: {
  label: string;
  rows: DeviceRow[];
  showConnections: boolean;
}) {
  return (
    <DataTable
      label={label}
      columns={showConnections ? [...COLUMNS, ...CONNECTION_COLUMNS] : COLUMNS}
      rows={rows}
      empty="No devices match."
      emptyAs="text"
      renderRow={(row) => (
        <TableRow key={`${row.userId} ${row.deviceId}`} data-testid="device-row">
          <TableCell className="font-mono text-sm">
            <IntentLink
              className="underline-offset-4 hover:underline"
              href={`/users/${encodeURIComponent(row.userId)}`}
            >
              {row.userId}
            </IntentLink>
            {row.userType ? (
              <span className="ml-2 text-xs text-muted-foreground">{row.userType}</span>
            ) : null}
          </TableCell>
          <TableCell className="font-mono text-sm">{row.deviceId}</TableCell>
          <TableCell>{row.displayName ?? ""}</TableCell>
          <TableCell className="text-sm">{formatTimestamp(row.lastSeenAt?.getTime())}</TableCell>
          {showConnections ? (
            <ConnectionCells ip={row.lastSeenIp} userAgent={row.lastSeenUserAgent} />
          ) : null}
        </TableRow>
      )}
    />
  );
}
