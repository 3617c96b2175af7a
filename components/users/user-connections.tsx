import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import type { UserConnection } from "@/lib/synapse/user-details";
import { formatTimestamp } from "./format-time";

/** Where a user's clients connected from (whois): one row per session and IP, latest first. */
export function UserConnections({ connections }: { connections: UserConnection[] }) {
  return (
    <DataTable
      label="Connections"
      columns={["IP", "User agent", "Last seen"]}
      rows={connections}
      empty="No connections recorded."
      emptyAs="text"
      renderRow={(connection, index) => (
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
      )}
    />
  );
}
