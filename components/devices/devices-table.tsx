import { IntentLink } from "@/components/ui/intent-link";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatTimestamp } from "@/components/users/format-time";
import { PHONE_CELL, PHONE_FACT, PHONE_ROW } from "@/components/ui/phone-rows";
import { cn } from "@/lib/utils";
import { CONNECTION_COLUMNS, ConnectionCells } from "./connection-cells";
import { FreeText } from "@/components/ui/free-text";

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

// Below md each device is a compact block (ui/phone-rows.ts): its user, then its ID and name, then
// the facts, each labelled.
const ROW = cn(PHONE_ROW, "max-md:grid-cols-2");
const USER_CELL = cn("font-mono text-sm", PHONE_CELL, "max-md:col-span-2");
const NAME_CELL = cn(PHONE_CELL, "max-md:empty:hidden");
const CONNECTION_CELL = cn(
  PHONE_FACT,
  "max-md:col-span-2 max-md:max-w-none max-md:whitespace-normal",
);

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
      blocksOnPhone
      renderRow={(row) => (
        <TableRow key={`${row.userId} ${row.deviceId}`} data-testid="device-row" className={ROW}>
          <TableCell className={USER_CELL}>
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
          <TableCell className={cn("font-mono text-sm", PHONE_CELL)}>{row.deviceId}</TableCell>
          <TableCell className={NAME_CELL}>
            {row.displayName ? <FreeText>{row.displayName}</FreeText> : null}
          </TableCell>
          <TableCell
            className={cn("text-sm", PHONE_FACT, "max-md:col-span-2")}
            data-label="Last seen"
          >
            {formatTimestamp(row.lastSeenAt?.getTime())}
          </TableCell>
          {showConnections ? (
            <ConnectionCells
              ip={row.lastSeenIp}
              userAgent={row.lastSeenUserAgent}
              className={CONNECTION_CELL}
            />
          ) : null}
        </TableRow>
      )}
    />
  );
}
