"use client";

import { useQuery } from "@tanstack/react-query";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { findTokenAccountDevices } from "@/lib/actions/find-token-account-devices";
import type { AccountDevice } from "@/lib/tokens/account-devices";

export const tokenKeys = {
  devices: (userId: string) => ["tokens", "account-devices", userId] as const,
};

const when = (iso: string | null) =>
  iso ? `last seen ${iso.slice(0, 16).replace("T", " ")} UTC` : "never seen";

function optionLabel(device: AccountDevice) {
  const name = device.displayName ? ` (${device.displayName})` : "";
  return `${device.deviceId}${name}, ${when(device.lastSeenAt)}`;
}

type Props = {
  /** The account whose devices to offer; empty until a valid user ID is entered. */
  userId: string;
  field: UseFormRegisterReturn<"currentDeviceId">;
};

/**
 * "Device the account uses now": a choice among the account's devices, read from Synapse on the
 * server (the action checks the role again, and the manage action checks the device exists).
 */
export function DeviceField({ userId, field }: Props) {
  const query = useQuery({
    queryKey: tokenKeys.devices(userId),
    queryFn: async () => {
      const result = await findTokenAccountDevices({ userId });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    enabled: userId !== "",
    staleTime: 30_000,
    retry: false,
  });
  const id = "policy-currentDeviceId";
  const status =
    userId === ""
      ? "Enter the account to choose among its devices."
      : query.isPending
        ? "Reading the account's devices from Synapse…"
        : query.isError
          ? `Its devices could not be read: ${query.error.message}`
          : query.data.length === 0
            ? "The account has no devices."
            : "Its first rotation revokes this device after the grace period.";
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>Device the account uses now (optional)</Label>
      <Select id={id} aria-describedby={`${id}-status`} disabled={!query.isSuccess} {...field}>
        <option value="">None: leave its devices alone</option>
        {(query.data ?? []).map((device) => (
          <option key={device.deviceId} value={device.deviceId}>
            {optionLabel(device)}
          </option>
        ))}
      </Select>
      <p id={`${id}-status`} className="text-sm text-muted-foreground">
        {status}
      </p>
    </div>
  );
}
