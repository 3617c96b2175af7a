"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { deleteRoom } from "@/lib/actions/delete-room";
import { deleteRoomSchema, type DeleteRoomInput } from "@/lib/schemas/room-actions";
import { DeleteProgress } from "./delete-progress";
import { describeDeletion } from "./describe-deletion";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

type Props = { roomId: string; roomLabel: string };

/** Deletes the room through Synapse's background deletion and follows its progress. */
export function DeleteRoomDialog({ roomId, roomLabel }: Props) {
  const mutation = useMutation({
    mutationFn: deleteRoom,
    onSuccess: (result) => {
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(`Synapse is deleting ${roomLabel}.`);
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const started = mutation.data?.ok ? mutation.data.data.deleteId : null;

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="destructive">Delete room</Button>
      </DialogTrigger>
      <DialogContent title="Delete this room" description={`${roomLabel} (${roomId})`}>
        {started ? (
          <DeleteProgress deleteId={started} />
        ) : (
          // Mounted with the dialog's content: each opening starts from the defaults, and a closed
          // dialog holds no form (whose first effect would hold back the page's first frame).
          <DeleteRoomForm
            roomId={roomId}
            roomLabel={roomLabel}
            pending={mutation.isPending}
            onSubmit={(input) => mutation.mutate(input)}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

type DeleteRoomFormProps = Props & {
  pending: boolean;
  onSubmit: (input: DeleteRoomInput) => void;
};

function DeleteRoomForm({ roomId, roomLabel, pending, onSubmit }: DeleteRoomFormProps) {
  const form = useForm<DeleteRoomInput>({
    resolver: zodResolver(deleteRoomSchema),
    defaultValues: {
      roomId,
      block: true,
      purge: true,
      forcePurge: false,
      newRoomUserId: "",
      roomName: "",
      message: "",
    },
  });
  const { errors } = form.formState;
  const values = useWatch({ control: form.control }) as DeleteRoomInput;

  return (
    <form className="grid gap-4" noValidate onSubmit={(event) => event.preventDefault()}>
      <fieldset className="grid gap-2">
        <CheckboxField id="delete-block" {...form.register("block")}>
          Block the room, so nobody can join it again
        </CheckboxField>
        <CheckboxField id="delete-purge" {...form.register("purge")}>
          Purge its history from the database
        </CheckboxField>
        <CheckboxField id="delete-force" {...form.register("forcePurge")}>
          Force the purge even if local users are still in it
        </CheckboxField>
        <FieldError>{errors.forcePurge && `Force purge ${errors.forcePurge.message}`}</FieldError>
      </fieldset>
      <div className="grid gap-2">
        <Label htmlFor="delete-new-room-user">
          Move members to a new room created by (optional)
        </Label>
        <Input
          id="delete-new-room-user"
          placeholder="e.g. @moderator:example.org"
          autoComplete="off"
          {...form.register("newRoomUserId")}
        />
        <FieldError>{errors.newRoomUserId && `User ID ${errors.newRoomUserId.message}`}</FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="delete-room-name">New room name (optional)</Label>
        <Input id="delete-room-name" autoComplete="off" {...form.register("roomName")} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="delete-message">Message in the new room (optional)</Label>
        <Input id="delete-message" autoComplete="off" {...form.register("message")} />
      </div>
      <ConfirmDialog
        busy={pending}
        trigger={
          <Button type="button" variant="destructive">
            {pending ? "Deleting…" : "Delete room…"}
          </Button>
        }
        title={`Delete ${roomLabel}?`}
        description={describeDeletion(roomLabel, roomId, values)}
        confirmLabel="Delete"
        onConfirm={() => void form.handleSubmit(onSubmit)()}
      />
    </form>
  );
}
