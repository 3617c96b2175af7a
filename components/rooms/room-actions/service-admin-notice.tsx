"use client";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { MakeConsoleRoomAdminButton } from "./make-console-room-admin-button";

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
          <MakeConsoleRoomAdminButton roomId={roomId} />
        ) : (
          <p>Only a console admin may do that, since it enters the room.</p>
        )}
      </AlertDescription>
    </Alert>
  );
}
