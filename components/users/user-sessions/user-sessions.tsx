import { Fragment } from "react";
import {
  FREE_TEXT_LINE_CLASS,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import {
  PHONE_BLOCK,
  PHONE_CELL,
  PHONE_FACT,
  PHONE_HIDDEN_HEADER,
  PHONE_ROW,
} from "@/components/ui/phone-rows";
import { TimeInWords } from "@/components/ui/time-in-words";
import { cn } from "@/lib/utils";
import type { SynapseDevice } from "@/lib/synapse/devices";
import type { UserConnection } from "@/lib/synapse/user-details";
import { groupSessions, type DeviceSessions } from "./group-sessions";

// Below md each connection is a compact block (ui/phone-rows.ts): the device over its first one,
// then where from, when and with what, each labelled; a device's later connections are indented
// under it (a phone's blocks have no row span).
const ROW = cn(PHONE_ROW, "max-md:grid-cols-2");
const LATER_ROW = cn(ROW, "max-md:pl-4");
const WIDE_FACT = cn(PHONE_FACT, "max-md:col-span-2");

function DeviceCell({ group, span }: { group: DeviceSessions; span: number }) {
  return (
    <TableCell rowSpan={span} className={cn("align-top", PHONE_CELL, "max-md:col-span-2")}>
      {group.deviceId ? (
        <>
          <p className="font-mono text-sm">{group.deviceId}</p>
          {group.displayName ? (
            <p className="text-sm text-muted-foreground">{group.displayName}</p>
          ) : null}
        </>
      ) : (
        <p
          className="text-sm text-muted-foreground"
          title="Synapse's whois does not say which device these came from: earlier addresses of a device, or tokens without a device."
        >
          No device known
        </p>
      )}
    </TableCell>
  );
}

/**
 * Where and with what the user's clients connected, per device (whois with the devices' latest
 * use): IP address, user agent, and when, in words with the exact time on hover.
 */
export function UserSessions({
  devices,
  connections,
}: {
  devices: SynapseDevice[];
  connections: UserConnection[];
}) {
  const groups = groupSessions(devices, connections);
  if (groups.length === 0)
    return <p className="text-sm text-muted-foreground">No devices and no connections recorded.</p>;
  const now = new Date();
  return (
    <Table aria-label="Sessions" className={PHONE_BLOCK}>
      <TableHeader className={PHONE_HIDDEN_HEADER}>
        <TableRow>
          <TableHead>Device</TableHead>
          <TableHead>IP address</TableHead>
          <TableHead>User agent</TableHead>
          <TableHead>Last seen</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody className={PHONE_BLOCK}>
        {groups.map((group) => (
          <Fragment key={group.deviceId ?? ""}>
            {group.rows.length === 0 ? (
              <TableRow
                data-testid="session-row"
                data-device={group.deviceId ?? ""}
                className={ROW}
              >
                <DeviceCell group={group} span={1} />
                <TableCell
                  colSpan={3}
                  className={cn("text-sm text-muted-foreground", PHONE_CELL, "max-md:col-span-2")}
                >
                  Not used since it signed in.
                </TableCell>
              </TableRow>
            ) : (
              group.rows.map((row, index) => (
                // Synapse keys connections by access token, which it does not send; the order is stable.
                <TableRow
                  key={`${row.ip}-${index}`}
                  data-testid="session-row"
                  data-device={group.deviceId ?? ""}
                  className={index === 0 ? ROW : LATER_ROW}
                >
                  {index === 0 ? <DeviceCell group={group} span={group.rows.length} /> : null}
                  <TableCell
                    className={cn("font-mono text-sm", PHONE_FACT)}
                    data-label="IP address"
                  >
                    {row.ip}
                  </TableCell>
                  <TableCell
                    className={cn("text-sm", WIDE_FACT, "max-md:order-last")}
                    title={row.userAgent ?? ""}
                    data-label="User agent"
                  >
                    <span className={cn(FREE_TEXT_LINE_CLASS, "max-w-md max-md:inline")}>
                      {row.userAgent ?? "unknown"}
                    </span>
                  </TableCell>
                  <TableCell
                    className={cn("text-sm md:whitespace-nowrap", PHONE_FACT)}
                    data-label="Last seen"
                  >
                    <TimeInWords ms={row.lastSeen} now={now} />
                  </TableCell>
                </TableRow>
              ))
            )}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
