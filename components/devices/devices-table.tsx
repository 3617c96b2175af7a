import Link from "next/link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
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
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No devices match.</p>;
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>User</TableHead>
          <TableHead>Device</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Last seen</TableHead>
          <TableHead>IP</TableHead>
          <TableHead>User agent</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.userId} ${row.deviceId}`} data-testid="device-row">
            <TableCell className="font-mono text-sm">
              <Link
                className="underline-offset-4 hover:underline"
                href={`/users/${encodeURIComponent(row.userId)}`}
              >
                {row.userId}
              </Link>
              {row.userType ? (
                <span className="ml-2 text-xs text-muted-foreground">{row.userType}</span>
              ) : null}
            </TableCell>
            <TableCell className="font-mono text-sm">{row.deviceId}</TableCell>
            <TableCell>{row.displayName ?? ""}</TableCell>
            <TableCell className="text-sm">{formatTimestamp(row.lastSeenAt?.getTime())}</TableCell>
            <TableCell className="font-mono text-sm">{row.lastSeenIp ?? ""}</TableCell>
            <TableCell className="max-w-xs truncate text-sm">
              {row.lastSeenUserAgent ?? ""}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
