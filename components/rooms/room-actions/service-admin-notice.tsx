"use client";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { makeConsoleRoomAdmin } from "@/lib/actions/make-console-room-admin";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Props = {
  roomId: string;
  serviceUserId: string;
  reason: "join" | "power";
  /** Whether the signed-in person may make it room admin (admins only: that enters the room). */
  canFix: boolean;
};

const WHY = {
  join: "Synapse joins users to a room that is not public only through a member who may invite them,",
  power: "Power levels are changed by sending a room event,",
};

/** Explains why the console cannot change power levels here, and offers the fix to admins. */
export function ServiceAdminNotice({ roomId, serviceUserId, reason, canFix }: Props) {
  const mutation = useActionMutation(makeConsoleRoomAdmin, {
    success: (data) => `${data.userId} is now an admin of this room.`,
  });
  return (
    <Alert>
      <AlertTitle>The console&apos;s account has no power in this room</AlertTitle>
      <AlertDescription className="grid gap-3">
        <p>
          {WHY[reason]} which {serviceUserId} may only do as a member with enough power. Making it
          room admin joins it to the room with the highest power level; that shows in the
          room&apos;s member list.
        </p>
        {canFix ? (
          <Button
            variant="secondary"
            className="w-fit"
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ roomId })}
          >
            {mutation.isPending ? "Working…" : "Make the console's account room admin"}
          </Button>
        ) : (
          <p>Only a console admin may do that, since it enters the room.</p>
        )}
      </AlertDescription>
    </Alert>
  );
}
