"use client";

import { Button } from "@/components/ui/button";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { makeConsoleRoomAdmin } from "@/lib/actions/make-console-room-admin";

type Props = {
  roomId: string;
  label?: string;
  /** How the success toast names the room. */
  roomName?: string;
};

/** Makes the console's own account admin of the room (admins only: that enters the room). */
export function MakeConsoleRoomAdminButton({
  roomId,
  label = "Make the console's account room admin",
  roomName = "this room",
}: Props) {
  const mutation = useActionMutation(makeConsoleRoomAdmin, {
    success: (data) => `${data.userId} is now an admin of ${roomName}.`,
  });
  return (
    <Button
      variant="secondary"
      className="w-fit"
      disabled={mutation.isPending}
      onClick={() => mutation.mutate({ roomId })}
    >
      {mutation.isPending ? "Working…" : label}
    </Button>
  );
}
