"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { clearRateLimit } from "@/lib/actions/clear-rate-limit";
import { useActionMutation } from "@/components/ui/use-action-mutation";

/** Removes the user's rate-limit override, so the server's limits apply again. */
export function ClearRateLimitButton({ userId }: { userId: string }) {
  const mutation = useActionMutation(clearRateLimit, {
    success: () => `${userId} follows the server's rate limits again.`,
  });
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant="outline" size="sm">
          Clear rate limit
        </Button>
      }
      title={`Clear the rate-limit override of ${userId}?`}
      description={`${userId} will follow the server's message rate limits again.`}
      confirmLabel="Clear override"
      destructive={false}
      onConfirm={() => mutation.mutate({ userId })}
    />
  );
}
