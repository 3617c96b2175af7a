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
import { joinUserToRoom } from "@/lib/actions/join-user-to-room";
import { joinRoomSchema, type JoinRoomInput } from "@/lib/schemas/user-actions";
import { useActionMutation } from "@/components/ui/use-action-mutation";

/** Joins the user to a room this server is in, by room ID or alias, without an invite. */
export function JoinRoomDialog({ userId }: { userId: string }) {
  const [open, setOpen] = useState(false);
  const mutation = useActionMutation(joinUserToRoom, {
    success: (data) => `${userId} joined ${data.roomId}.`,
    onSuccess: () => setOpen(false),
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Join to room
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Join ${userId} to a room`}
        description="They join at once, without an invite, and can read the room's conversation. The room must be one this server is in."
      >
        {/* Mounted with the dialog's content: each opening starts from the defaults, and a closed
            dialog holds no form (whose first effect would hold back the page's first frame). */}
        <JoinRoomForm
          userId={userId}
          pending={mutation.isPending}
          onSubmit={(values) => mutation.mutate(values)}
        />
      </DialogContent>
    </Dialog>
  );
}

type JoinRoomFormProps = {
  userId: string;
  pending: boolean;
  onSubmit: (values: JoinRoomInput) => void;
};

function JoinRoomForm({ userId, pending, onSubmit }: JoinRoomFormProps) {
  const form = useForm<JoinRoomInput>({
    resolver: zodResolver(joinRoomSchema),
    defaultValues: { userId, room: "", reason: "" },
  });
  const { errors } = form.formState;

  return (
    <form className="grid gap-4" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <div className="grid gap-2">
        <Label htmlFor="join-room-value">Room ID or alias</Label>
        <Input
          id="join-room-value"
          placeholder="e.g. #lobby:example.org or !abc:example.org"
          autoComplete="off"
          aria-invalid={errors.room ? true : undefined}
          aria-describedby="join-room-value-error"
          {...form.register("room")}
        />
        <FieldError id="join-room-value-error">
          {errors.room && `Room ${errors.room.message}`}
        </FieldError>
      </div>
      <ReasonField
        id="join-room-reason"
        error={errors.reason?.message}
        {...form.register("reason")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join room"}
      </Button>
    </form>
  );
}
