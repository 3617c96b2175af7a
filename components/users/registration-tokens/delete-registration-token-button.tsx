"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { deleteRegistrationToken } from "@/lib/actions/delete-registration-token";
import type { RegistrationTokenRow } from "./registration-tokens-table";

/** Deletes a token after saying what that does and does not undo. */
export function DeleteRegistrationTokenButton({ token }: { token: RegistrationTokenRow }) {
  const mutation = useActionMutation(deleteRegistrationToken, {
    success: () => `Registration token ${token.token} was deleted.`,
  });
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant="destructive" size="sm" aria-label={`Delete ${token.token}`}>
          Delete
        </Button>
      }
      title={`Delete registration token ${token.token}?`}
      description={`Nobody can register with ${token.token} any more; the ${token.completed} accounts already made with it stay.`}
      confirmLabel="Delete token"
      onConfirm={() => mutation.mutate({ token: token.token })}
    />
  );
}
