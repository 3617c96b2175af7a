"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { resetDestinationConnection } from "@/lib/actions/reset-destination-connection";

/** Ends Synapse's back-off for the destination after confirmation; the page then shows it is over. */
export function ResetConnectionButton({ destination }: { destination: string }) {
  const reset = useActionMutation(resetDestinationConnection, {
    success: (data) => `Synapse will retry ${data.destination} at once.`,
    // Synapse refuses a destination that is not in back-off: someone reset it since the page loaded.
    refreshAfterRefusal: true,
  });
  return (
    <ConfirmDialog
      busy={reset.isPending}
      trigger={<Button variant="outline">Reset connection</Button>}
      title={`Reset the connection to ${destination}?`}
      description={`Synapse forgets the failures it counted for ${destination} and sends to it again as soon as it has something to send, instead of waiting out the back-off. If the server is still down, the back-off starts again from the shortest wait.`}
      confirmLabel="Reset connection"
      onConfirm={() => reset.mutate({ destination })}
    />
  );
}
