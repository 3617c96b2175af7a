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
import { purgeRoomHistory } from "@/lib/actions/purge-room-history";
import { purgeHistorySchema, type PurgeHistoryInput } from "@/lib/schemas/room-actions";
import { PurgeProgress } from "./purge-progress";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

type Props = { roomId: string; roomLabel: string };

// datetime-local has no zone: the browser reads it in local time, as the person meant it.
const toTimestamp = (value: string) => (value ? new Date(value).getTime() : Number.NaN);

/** Purges the room's history before a date and follows the purge to its end. */
export function PurgeHistoryDialog({ roomId, roomLabel }: Props) {
  const mutation = useMutation({
    mutationFn: purgeRoomHistory,
    onSuccess: (result) => {
      if (!result.ok) toast.error(result.error);
      else toast.success(`Synapse is purging the history of ${roomLabel}.`);
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const started = mutation.data?.ok ? mutation.data.data.purgeId : null;

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="destructive">Purge history</Button>
      </DialogTrigger>
      <DialogContent title="Purge this room's history" description={`${roomLabel} (${roomId})`}>
        {started ? (
          <PurgeProgress purgeId={started} />
        ) : (
          // Mounted with the dialog's content: each opening starts from the defaults, and a closed
          // dialog holds no form (whose first effect would hold back the page's first frame).
          <PurgeHistoryForm
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

type PurgeHistoryFormProps = Props & {
  pending: boolean;
  onSubmit: (input: PurgeHistoryInput) => void;
};

function PurgeHistoryForm({ roomId, roomLabel, pending, onSubmit }: PurgeHistoryFormProps) {
  const form = useForm<PurgeHistoryInput>({
    resolver: zodResolver(purgeHistorySchema),
    defaultValues: { roomId, deleteLocalEvents: false },
  });
  const { errors } = form.formState;
  const [upToTs, deleteLocal] = useWatch({
    control: form.control,
    name: ["upToTs", "deleteLocalEvents"],
  });
  const when = Number.isFinite(upToTs) && upToTs ? new Date(upToTs).toLocaleString() : "the date";

  return (
    <form className="grid gap-4" noValidate onSubmit={(event) => event.preventDefault()}>
      <div className="grid gap-2">
        <Label htmlFor="purge-before">Purge events before</Label>
        <Input
          id="purge-before"
          type="datetime-local"
          step={1}
          aria-invalid={errors.upToTs ? true : undefined}
          {...form.register("upToTs", { setValueAs: toTimestamp })}
        />
        <FieldError>{errors.upToTs && `The date ${errors.upToTs.message}`}</FieldError>
      </div>
      <CheckboxField id="purge-local" {...form.register("deleteLocalEvents")}>
        Also purge events sent by local users
      </CheckboxField>
      <ConfirmDialog
        busy={pending}
        trigger={
          <Button type="button" variant="destructive">
            {pending ? "Purging…" : "Purge history…"}
          </Button>
        }
        title={`Purge the history of ${roomLabel}?`}
        description={`Events in ${roomLabel} (${roomId}) older than ${when} are removed from this server's database${deleteLocal ? ", including those sent by local users" : "; events sent by local users are kept"}. The room's state and its latest event stay. This cannot be undone.`}
        confirmLabel="Purge"
        onConfirm={() => void form.handleSubmit(onSubmit)()}
      />
    </form>
  );
}
