"use client";

import { useState } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { CONNECTION_COLUMNS, ConnectionCells } from "@/components/devices/connection-cells";
import {
  PHONE_BLOCK,
  PHONE_CELL,
  PHONE_FACT,
  PHONE_HIDDEN_HEADER,
  PHONE_ROW,
} from "@/components/ui/phone-rows";
import { countOf } from "@/lib/format/count";
import { cn } from "@/lib/utils";
import type { SynapseDevice } from "@/lib/synapse/devices";
import { DeviceDeleteDialog } from "./device-delete-dialog";
import { DeviceRenameDialog } from "./device-rename-dialog";
import { formatTimestamp } from "./format-time";
import { FreeText } from "@/components/ui/free-text";

type Props = {
  userId: string;
  devices: SynapseDevice[];
  /** Whether the viewer sees IP addresses and clients (lib/auth/connection-privacy.ts). */
  showConnections: boolean;
  /** Whether the viewer may rename and delete (operators and admins); the actions check again. */
  canChange: boolean;
  /** False for the console's own service account, whose devices the console never removes. */
  canDelete: boolean;
};

// Below md each device is a compact block (ui/phone-rows.ts): its ID, name, the facts each
// labelled, and its actions, beside the checkbox when there is one.
const CHECKBOX_CELL = cn(PHONE_CELL, "max-md:row-span-6 max-md:pt-0.5");
const NAME_CELL = cn(PHONE_CELL, "max-md:empty:hidden");
const CONNECTION_CELL = cn(PHONE_FACT, "max-md:max-w-none max-md:whitespace-normal");

/**
 * A user's sessions with when each was last used (and from where, for operators and admins);
 * operators rename and delete them.
 */
export function UserDevices({ userId, devices, showConnections, canChange, canDelete }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  if (devices.length === 0) return <p className="text-sm text-muted-foreground">No devices.</p>;

  const toggle = (deviceId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(deviceId);
    else next.delete(deviceId);
    setSelected(next);
  };
  // Only devices still listed count: one deleted elsewhere drops out of the selection.
  const chosen = devices
    .filter((device) => selected.has(device.device_id))
    .map((device) => ({ deviceId: device.device_id, displayName: device.display_name ?? null }));

  const deletable = canChange && canDelete;
  const rowClass = cn(PHONE_ROW, deletable && "max-md:grid-cols-[auto_1fr]");
  return (
    <div className="grid gap-3">
      {deletable ? (
        <div className="flex items-center gap-3">
          <DeviceDeleteDialog
            userId={userId}
            devices={chosen}
            label={`Delete ${chosen.length} selected`}
            onDone={() => setSelected(new Set())}
          />
          <span className="text-sm text-muted-foreground">
            {countOf(devices.length, "device")}, {chosen.length} selected
          </span>
        </div>
      ) : null}
      <Table aria-label="Devices" className={PHONE_BLOCK}>
        <TableHeader className={PHONE_HIDDEN_HEADER}>
          <TableRow>
            {deletable ? <TableHead className="w-8">Select</TableHead> : null}
            <TableHead>Device</TableHead>
            <TableHead>Name</TableHead>
            <TableHead>Last seen</TableHead>
            {showConnections
              ? CONNECTION_COLUMNS.map((column) => <TableHead key={column}>{column}</TableHead>)
              : null}
            {canChange ? <TableHead>Actions</TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody className={PHONE_BLOCK}>
          {devices.map((device) => (
            <TableRow key={device.device_id} data-testid="device-row" className={rowClass}>
              {deletable ? (
                <TableCell className={CHECKBOX_CELL}>
                  <input
                    type="checkbox"
                    aria-label={`Select ${device.device_id}`}
                    checked={selected.has(device.device_id)}
                    onChange={(event) => toggle(device.device_id, event.target.checked)}
                  />
                </TableCell>
              ) : null}
              <TableCell className={cn("font-mono text-sm", PHONE_CELL)}>
                {device.device_id}
              </TableCell>
              <TableCell className={NAME_CELL}>
                {device.display_name ? <FreeText>{device.display_name}</FreeText> : null}
              </TableCell>
              <TableCell className={cn("text-sm", PHONE_FACT)} data-label="Last seen">
                {formatTimestamp(device.last_seen_ts)}
              </TableCell>
              {showConnections ? (
                <ConnectionCells
                  ip={device.last_seen_ip}
                  userAgent={device.last_seen_user_agent}
                  className={CONNECTION_CELL}
                />
              ) : null}
              {canChange ? (
                <TableCell className={cn(PHONE_CELL, "max-md:pt-1")}>
                  <div className="flex gap-2">
                    <DeviceRenameDialog
                      userId={userId}
                      deviceId={device.device_id}
                      displayName={device.display_name ?? null}
                    />
                    {deletable ? (
                      <DeviceDeleteDialog
                        userId={userId}
                        devices={[
                          { deviceId: device.device_id, displayName: device.display_name ?? null },
                        ]}
                        label="Delete"
                        ariaLabel={`Delete ${device.device_id}`}
                      />
                    ) : null}
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
