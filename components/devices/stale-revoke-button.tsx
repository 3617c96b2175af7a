"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeStaleDevices } from "@/lib/actions/revoke-stale-devices";
import type { StaleRule } from "@/lib/devices/stale-rule";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

type Props = { snapshotId: string; rule: StaleRule; devices: number; users: number };

/** Starts the revoke run for the dry run's devices and goes to its run page. */
export function StaleRevokeButton({ snapshotId, rule, devices, users }: Props) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => revokeStaleDevices({ snapshotId, rule, expectedDevices: devices }),
    onSuccess: (result) => {
      if (!result.ok) return toast.error(result.error);
      toast.success(`Revoking ${result.data.devices} devices.`);
      router.push(`/jobs/runs/${result.data.runId}`);
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const what = `${devices} ${devices === 1 ? "device" : "devices"} of ${users} ${users === 1 ? "user" : "users"}`;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="destructive" size="sm" disabled={mutation.isPending}>
          {mutation.isPending ? "Starting…" : `Revoke ${what}`}
        </Button>
      }
      title={`Revoke ${what}`}
      description={`Exactly the ${what} listed in the dry run are deleted, as a job with a result and an audit entry per device. Their sessions are logged out at once; encryption keys held only by those devices are lost.`}
      confirmLabel={`Revoke ${devices} devices`}
      onConfirm={() => mutation.mutate()}
    />
  );
}
