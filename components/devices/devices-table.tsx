import { IntentLink } from "@/components/ui/intent-link";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatTimestamp } from "@/components/users/format-time";

export type DeviceRow = {
  userId: string;
  deviceId: string;
  displayName: string | null;
  lastSeenAt: Date | null;
  lastSeenUserAgent: string | null;
  lastSeenIp: string | null;
  userType: string | null;
};

/** Devices with their user (linked), last use and client. */
export function DevicesTable({ label, rows }: { label: string; rows: DeviceRow[] }) {
  return (
    <DataTable
      label={label}
      columns={["User", "Device", "Name", "Last seen", "IP", "User agent"]}
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
          <TableCell className="font-mono text-sm">{row.lastSeenIp ?? ""}</TableCell>
          <TableCell className="max-w-xs truncate text-sm">{row.lastSeenUserAgent ?? ""}</TableCell>
        </TableRow>
      )}
    />
  );
}
