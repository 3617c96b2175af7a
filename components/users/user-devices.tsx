import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { SynapseDevice } from "@/lib/synapse/devices";
import { formatTimestamp } from "./format-time";

/** A user's sessions with where and when each was last used. */
export function UserDevices({ devices }: { devices: SynapseDevice[] }) {
  if (devices.length === 0) return <p className="text-sm text-muted-foreground">No devices.</p>;
  return (
    <Table aria-label="Devices">
      <TableHeader>
        <TableRow>
          <TableHead>Device</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Last seen</TableHead>
          <TableHead>IP</TableHead>
          <TableHead>User agent</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {devices.map((device) => (
          <TableRow key={device.device_id}>
            <TableCell className="font-mono text-sm">{device.device_id}</TableCell>
            <TableCell>{device.display_name ?? ""}</TableCell>
            <TableCell className="text-sm">{formatTimestamp(device.last_seen_ts)}</TableCell>
            <TableCell className="font-mono text-sm">{device.last_seen_ip ?? ""}</TableCell>
            <TableCell className="max-w-xs truncate text-sm">
              {device.last_seen_user_agent ?? ""}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
