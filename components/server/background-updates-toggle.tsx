"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { setBackgroundUpdatesEnabled } from "@/lib/actions/set-background-updates-enabled";

/** Pauses running background updates or resumes paused ones, after confirmation. */
export function BackgroundUpdatesToggle({ enabled }: { enabled: boolean }) {
  const change = useActionMutation(setBackgroundUpdatesEnabled, {
    success: (data) =>
      data.enabled ? "Background updates are running again." : "Background updates are paused.",
  });
  const label = enabled ? "Pause background updates" : "Resume background updates";
  return (
    <ConfirmDialog
      busy={change.isPending}
      trigger={<Button variant="outline">{label}</Button>}
      title={`${label}?`}
      description={
        enabled
          ? "Synapse stops its database migrations after the batch it is on, on every database, until you resume them or Synapse restarts. Features that wait on an update stay unavailable meanwhile."
          : "Synapse carries on with its pending database migrations at once, on every database."
      }
      confirmLabel={label}
      onConfirm={() => change.mutate({ enabled: !enabled })}
    />
  );
}
