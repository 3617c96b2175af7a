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

/**
 * Joins the signed-in admin to the room, with a reason kept in the audit entry. Shown to admins
 * only; the server refuses anyone else entering a room themselves.
 */
export function EnterRoomDialog({ roomId, viewerId, serviceUserId, serviceInRoom }: Props) {
  const [open, setOpen] = useState(false);
  const form = useForm<JoinRoomInput>({
    resolver: zodResolver(joinRoomSchema),
    defaultValues: { userId: viewerId, room: roomId, reason: "" },
  });
  const mutation = useActionMutation(joinUserToRoom, {
    success: () => `You joined this room as ${viewerId}.`,
    onSuccess: () => {
      form.reset();
      setOpen(false);
    },
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
        <form
          className="grid gap-4"
          noValidate
          onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
        >
          <ReasonField
            id="enter-room-reason"
            error={form.formState.errors.reason?.message}
            {...form.register("reason")}
          />
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? "Joining…" : "Join the room"}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}
