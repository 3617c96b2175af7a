"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ReasonField } from "@/components/ui/reason-field";
import { makeRoomAdmin } from "@/lib/actions/make-room-admin";
import { makeRoomAdminSchema, type MakeRoomAdminForm } from "@/lib/schemas/room-actions";
import { useActionMutation } from "@/components/ui/use-action-mutation";

/** Gives a local user the room's highest power level through Synapse's admin API. */
export function MakeRoomAdminDialog({ roomId }: { roomId: string }) {
  const [open, setOpen] = useState(false);
  const mutation = useActionMutation(makeRoomAdmin, {
    success: (data) => `${data.userId} is now an admin of this room.`,
    onSuccess: () => setOpen(false),
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Make room admin</Button>
      </DialogTrigger>
      <DialogContent
        title="Make a user admin of this room"
        description="The user gets the highest power level in the room and can read its conversation; a user who is not in it yet is invited. The user must be local to this homeserver. Making yourself room admin needs the admin role."
      >
        {/* Mounted with the dialog's content: each opening starts from the defaults, and a closed
            dialog holds no form (whose first effect would hold back the page's first frame). */}
        <RoomAdminForm
          roomId={roomId}
          pending={mutation.isPending}
          onSubmit={(values) => mutation.mutate(values)}
        />
      </DialogContent>
    </Dialog>
  );
}

type RoomAdminFormProps = {
  roomId: string;
  pending: boolean;
  onSubmit: (values: MakeRoomAdminForm) => void;
};

function RoomAdminForm({ roomId, pending, onSubmit }: RoomAdminFormProps) {
  const form = useForm<MakeRoomAdminForm>({
    resolver: zodResolver(makeRoomAdminSchema),
    defaultValues: { roomId, userId: "", reason: "" },
  });
  const error = form.formState.errors.userId?.message;

  return (
    <form className="grid gap-4" noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <div className="grid gap-2">
        <Label htmlFor="room-admin-user">User ID</Label>
        <Input
          id="room-admin-user"
          placeholder="e.g. @alice:example.org"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby="room-admin-user-error"
          {...form.register("userId")}
        />
        <FieldError id="room-admin-user-error">{error && `User ID ${error}`}</FieldError>
      </div>
      <ReasonField
        id="room-admin-reason"
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Make admin"}
      </Button>
    </form>
  );
}
