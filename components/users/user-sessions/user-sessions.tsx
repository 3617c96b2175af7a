import { Fragment } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { TimeInWords } from "@/components/ui/time-in-words";
import type { SynapseDevice } from "@/lib/synapse/devices";
import type { UserConnection } from "@/lib/synapse/user-details";
import { groupSessions, type DeviceSessions } from "./group-sessions";

function DeviceCell({ group, span }: { group: DeviceSessions; span: number }) {
  return (
    <TableCell rowSpan={span} className="align-top">
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
    <Table aria-label="Sessions">
      <TableHeader>
        <TableRow>
          <TableHead>Device</TableHead>
          <TableHead>IP address</TableHead>
          <TableHead>User agent</TableHead>
          <TableHead>Last seen</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((group) => (
          <Fragment key={group.deviceId ?? ""}>
            {group.rows.length === 0 ? (
              <TableRow data-testid="session-row" data-device={group.deviceId ?? ""}>
                <DeviceCell group={group} span={1} />
                <TableCell colSpan={3} className="text-sm text-muted-foreground">
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
                >
                  {index === 0 ? <DeviceCell group={group} span={group.rows.length} /> : null}
                  <TableCell className="font-mono text-sm">{row.ip}</TableCell>
                  <TableCell className="max-w-md truncate text-sm" title={row.userAgent ?? ""}>
                    {row.userAgent ?? "unknown"}
                  </TableCell>
                  <TableCell className="text-sm whitespace-nowrap">
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
