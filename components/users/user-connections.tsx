import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { UserConnection } from "@/lib/synapse/user-details";
import { formatTimestamp } from "./format-time";

/** Where a user's clients connected from (whois): one row per session and IP, latest first. */
export function UserConnections({ connections }: { connections: UserConnection[] }) {
  if (connections.length === 0)
    return <p className="text-sm text-muted-foreground">No connections recorded.</p>;
  return (
    <Table aria-label="Connections">
      <TableHeader>
        <TableRow>
          <TableHead>IP</TableHead>
          <TableHead>User agent</TableHead>
          <TableHead>Last seen</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {connections.map((connection, index) => (
          // Synapse keys connections by access token, which it does not send; the order is stable.
          <TableRow key={`${connection.ip}-${index}`}>
            <TableCell className="font-mono text-sm">{connection.ip}</TableCell>
            <TableCell className="max-w-md truncate text-sm" title={connection.userAgent ?? ""}>
              {connection.userAgent ?? "unknown"}
            </TableCell>
            <TableCell className="text-sm whitespace-nowrap">
              {formatTimestamp(connection.lastSeen)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
