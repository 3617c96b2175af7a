"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/actions/action-result";
import type { UserFlagInput } from "@/lib/schemas/user-actions";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type FlagToggleProps = {
  userId: string;
  /** Whether the flag is on now; the button turns it the other way. */
  enabled: boolean;
  action: (input: UserFlagInput) => Promise<ActionResult<unknown>>;
  /** Button and confirm labels: [turn on, turn off]. */
  labels: [string, string];
  /** What turning it on or off does, to whom: [on, off]. */
  consequences: [string, string];
  /** Success toasts: [turned on, turned off]. */
  done: [string, string];
  /** What it does to the person asking, when the user is them: [on, off]. */
  ownAccount?: [string | null, string | null];
};

/** A button that turns one of a user's flags on or off after saying what will happen. */
export function FlagToggle({
  userId,
  enabled,
  action,
  labels,
  consequences,
  done,
  ownAccount,
}: FlagToggleProps) {
  const turnOn = !enabled;
  const pick = <V,>([on, off]: [V, V]) => (turnOn ? on : off);
  const mutation = useActionMutation(action, { success: () => pick(done) });
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant="outline" size="sm">
          {pick(labels)}
        </Button>
      }
      title={`${pick(labels)} ${userId}?`}
      description={pick(consequences)}
      confirmLabel={pick(labels)}
      warning={ownAccount ? pick(ownAccount) : null}
      destructive={turnOn}
      onConfirm={() => mutation.mutate({ userId, enabled: turnOn })}
    />
  );
}
