"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { endUserSessions } from "@/lib/actions/end-user-sessions";
import { countOf } from "@/lib/format/count";

/** Signs a person out of the console in every browser; their role stays. */
export function EndSessionsButton({
  matrixId,
  openSessions,
  isYou,
}: {
  matrixId: string;
  openSessions: number;
  isYou: boolean;
}) {
  const end = useActionMutation(endUserSessions, {
    success: (data) =>
      `${data.matrixId} is signed out: ${countOf(data.sessionsEnded, "console session")} ended.`,
    onSuccess: () => {
      if (isYou) void signOut({ callbackUrl: "/sign-in" });
    },
  });
  return (
    <ConfirmDialog
      busy={end.isPending}
      trigger={
        <Button variant="ghost" size="sm">
          End sessions
        </Button>
      }
      title={`Sign ${matrixId} out everywhere?`}
      description={`Ends ${countOf(openSessions, "console session")} of ${matrixId}${isYou ? ", this one included" : ""}: their next click goes to the sign-in page. Their role stays, so they can sign in again; revoke the role to keep them out.`}
      confirmLabel="End sessions"
      onConfirm={() => end.mutate({ matrixId })}
    />
  );
}
