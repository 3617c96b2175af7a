"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeStaleDevices } from "@/lib/actions/revoke-stale-devices";
import { countOf } from "@/lib/format/count";
import type { StaleRule } from "@/lib/devices/stale-rule";
import { devicesOfUsers, refusedRule } from "@/lib/devices/stale-wording";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Props = { snapshotId: string; rule: StaleRule; devices: number; users: number };

/**
 * Starts the revoke run for the dry run's devices and goes to its run page. It sends the rule and
 * the counts shown; the server refuses if the rule no longer finds exactly those.
 */
export function StaleRevokeButton({ snapshotId, rule, devices, users }: Props) {
  const router = useRouter();
  const mutation = useActionMutation(
    () =>
      revokeStaleDevices({ ...rule, snapshotId, expectedDevices: devices, expectedUsers: users }),
    {
      success: (data) => `Revoking ${countOf(data.devices, "device")}.`,
      // Only when the server's rule differs from the page's (a release between the two).
      onFieldErrors: (errors) => toast.error(refusedRule(errors)),
      onSuccess: (data) => router.push(`/jobs/runs/${data.runId}`),
      // The run's page is opened instead.
      refresh: false,
    },
  );
  const what = devicesOfUsers(devices, users);
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant="destructive" size="sm">
          {mutation.isPending ? "Starting…" : `Revoke ${what}`}
        </Button>
      }
      title={`Revoke ${what}`}
      description={`Exactly the ${what} listed in the dry run are deleted, as a job with a result and an audit entry per device. Their sessions are logged out at once; encryption keys held only by those devices are lost.`}
      confirmLabel={`Revoke ${countOf(devices, "device")}`}
      onConfirm={() => mutation.mutate()}
    />
  );
}
