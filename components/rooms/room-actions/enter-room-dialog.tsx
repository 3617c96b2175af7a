"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { ReasonField } from "@/components/ui/reason-field";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { joinUserToRoom } from "@/lib/actions/join-user-to-room";
import { joinRoomSchema, type JoinRoomInput } from "@/lib/schemas/user-actions";
import { ServiceAdminNotice } from "./service-admin-notice";

type Props = { roomId: string; viewerId: string; serviceUserId: string; serviceInRoom: boolean };

/** Said in place of "Join this room myself" when the signed-in admin is a member already. */
export function AlreadyInRoom({ viewerId }: { viewerId: string }) {
  return (
    <p className="self-center text-sm text-muted-foreground">
      You ({viewerId}) are a member of this room.
    </p>
  );
}

/**
 * Joins the signed-in admin to the room, with a reason kept in the audit entry. Shown to admins
 * only; the server refuses anyone else entering a room themselves.
 */
export function EnterRoomDialog({ roomId, viewerId, serviceUserId, serviceInRoom }: Props) {
  const [open, setOpen] = useState(false);
  const mutation = useActionMutation(joinUserToRoom, {
    success: () => `You joined this room as ${viewerId}.`,
    onSuccess: () => setOpen(false),
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Join this room myself</Button>
      </DialogTrigger>
      <DialogContent
        title="Join this room yourself"
        description={`${viewerId} joins at once, without an invite, and can read the room's conversation from then on. The reason goes into the audit log.`}
      >
        {serviceInRoom ? null : (
          <ServiceAdminNotice roomId={roomId} serviceUserId={serviceUserId} reason="join" canFix />
        )}
        {/* Mounted with the dialog's content: each opening starts from the defaults, and a closed
            dialog holds no form (whose first effect would hold back the page's first frame). */}
        <EnterRoomForm
          roomId={roomId}
          viewerId={viewerId}
          pending={mutation.isPending}
          onSubmit={(values) => mutation.mutate(values)}
        />
      </DialogContent>
    </Dialog>
  );
}

type EnterRoomFormProps = Pick<Props, "roomId" | "viewerId"> & {
  pending: boolean;
  onSubmit: (values: JoinRoomInput) => void;
};

function EnterRoomForm({ roomId, viewerId, pending, onSubmit }: EnterRoomFormProps) {
  const form = useForm<JoinRoomInput>({
    resolver: zodResolver(joinRoomSchema),
    defaultValues: { userId: viewerId, room: roomId, reason: "" },
  });

  return (
    <form className="grid gap-4" noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <ReasonField
        id="enter-room-reason"
        // The form, not the notice's "make the console's account room admin" above it.
        autoFocus
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join the room"}
      </Button>
    </form>
  );
}
