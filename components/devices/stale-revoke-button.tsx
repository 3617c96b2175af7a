"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeStaleDevices } from "@/lib/actions/revoke-stale-devices";
import type { StaleRule } from "@/lib/devices/stale-rule";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Props = { snapshotId: string; rule: StaleRule; devices: number; users: number };

/** Starts the revoke run for the dry run's devices and goes to its run page. */
export function StaleRevokeButton({ snapshotId, rule, devices, users }: Props) {
  const router = useRouter();
  const mutation = useActionMutation(
    () => revokeStaleDevices({ snapshotId, rule, expectedDevices: devices }),
    {
      success: (data) => `Revoking ${data.devices} devices.`,
      onSuccess: (data) => router.push(`/jobs/runs/${data.runId}`),
      // The run's page is opened instead.
      refresh: false,
    },
  );
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
