"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { ItemResults } from "@/components/ui/item-results";
import { deleteDevices } from "@/lib/actions/delete-devices";
import type { DeviceResult } from "@/lib/devices/device-schemas";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";
import { countOf } from "@/lib/format/count";

type Props = {
  userId: string;
  /** The devices to delete, with their names for the confirmation. */
  devices: Array<{ deviceId: string; displayName: string | null }>;
  /** The button's text, such as "Delete" or "Delete 3 selected". */
  label: string;
  ariaLabel?: string;
  onDone?: () => void;
};

/** Asks before deleting devices (naming each, and saying their sessions end), then shows each result. */
export function DeviceDeleteDialog({ userId, devices, label, ariaLabel, onDone }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      deleteDevices({ userId, deviceIds: devices.map((device) => device.deviceId) }),
  });
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) return;
    // Refreshed on close, not at once: the row holding this dialog may vanish with its device.
    if (mutation.data?.ok) {
      router.refresh();
      onDone?.();
    }
    mutation.reset();
  };
  const result = mutation.data;
  const failure = mutation.isError
    ? CONSOLE_UNREACHABLE
    : result && !result.ok
      ? result.error
      : null;
  const count = countOf(devices.length, "device");

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button
          variant="destructive"
          size="sm"
          disabled={devices.length === 0}
          aria-label={ariaLabel}
        >
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Delete ${count} of ${userId}`}
        description={`The sessions on these devices are logged out at once; ${userId} must sign in again there. Encryption keys held only by these devices are lost.`}
      >
        {result?.ok ? (
          <DeviceResults results={result.data} />
        ) : (
          <>
            <ul
              aria-label="Devices to delete"
              className="max-h-48 overflow-y-auto rounded-md border text-sm"
            >
              {devices.map((device) => (
                <li key={device.deviceId} className="px-3 py-1.5">
                  <span className="font-mono">{device.deviceId}</span>
                  {device.displayName ? ` (${device.displayName})` : ""}
                </li>
              ))}
            </ul>
            <FieldError role="alert">{failure}</FieldError>
          </>
        )}
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="outline">{result?.ok ? "Done" : "Cancel"}</Button>
          </DialogClose>
          {result?.ok ? null : (
            <Button
              variant="destructive"
              disabled={mutation.isPending}
              onClick={() => mutation.mutate()}
            >
              {mutation.isPending ? "Deleting…" : `Delete ${count}`}
            </Button>
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}

function DeviceResults({ results }: { results: DeviceResult[] }) {
  return (
    <ItemResults
      results={results.map((result) => ({
        id: result.deviceId,
        ok: result.ok,
        error: result.ok ? undefined : result.error,
      }))}
      doneWord="deleted"
      summaryTestId="device-delete-summary"
    />
  );
}
