"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { ReasonField } from "@/components/ui/reason-field";
import { Textarea } from "@/components/ui/textarea";
import { joinRoomUsers } from "@/lib/actions/join-room-users";
import { joinRoomUsersSchema, type JoinRoomUsersForm } from "@/lib/schemas/room-actions";
import { JoinOutcomes } from "./join-outcomes";
import { ServiceAdminNotice } from "./service-admin-notice";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { countOf } from "@/lib/format/count";

type Props = { roomId: string; serviceUserId: string; serviceInRoom: boolean };

/** The form's values once checked, the list split into its user IDs. */
type JoinRoomUsersValues = { roomId: string; userIds: string[]; reason: string };

/** Joins several local users to the room at once and shows how each join went. */
export function JoinUsersDialog({ roomId, serviceUserId, serviceInRoom }: Props) {
  const mutation = useActionMutation(joinRoomUsers, {
    success: (outcomes) => {
      const joined = outcomes.filter((outcome) => outcome.ok).length;
      return `${joined} of ${countOf(outcomes.length, "user")} joined.`;
    },
  });

  return (
    <Dialog onOpenChange={() => mutation.reset()}>
      <DialogTrigger asChild>
        <Button variant="outline">Join users</Button>
      </DialogTrigger>
      <DialogContent
        title="Join users to this room"
        description="Local users join at once, without an invitation (admin join), and can read the room's conversation. Each join is recorded in the audit log with the reason. Joining yourself needs the admin role."
      >
        {serviceInRoom ? null : (
          <ServiceAdminNotice roomId={roomId} serviceUserId={serviceUserId} reason="join" canFix />
        )}
        {/* Mounted with the dialog's content: each opening starts from the defaults, and a closed
            dialog holds no form (whose first effect would hold back the page's first frame). */}
        <JoinUsersForm
          roomId={roomId}
          pending={mutation.isPending}
          onSubmit={(values) =>
            mutation.mutate({ roomId, userIds: values.userIds.join("\n"), reason: values.reason })
          }
        />
        {mutation.data?.ok ? <JoinOutcomes outcomes={mutation.data.data} /> : null}
      </DialogContent>
    </Dialog>
  );
}

type JoinUsersFormProps = Pick<Props, "roomId"> & {
  pending: boolean;
  onSubmit: (values: JoinRoomUsersValues) => void;
};

function JoinUsersForm({ roomId, pending, onSubmit }: JoinUsersFormProps) {
  const form = useForm<JoinRoomUsersForm, unknown, JoinRoomUsersValues>({
    resolver: zodResolver(joinRoomUsersSchema),
    defaultValues: { roomId, userIds: "", reason: "" },
  });
  const error = form.formState.errors.userIds?.message;

  return (
    <form className="grid gap-4" noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <div className="grid gap-2">
        <Label htmlFor="join-user-ids">User IDs, one per line</Label>
        <Textarea
          id="join-user-ids"
          // The form, not the notice's "make the console's account room admin" above it.
          autoFocus
          placeholder={"e.g.\n@alice:example.org\n@bob:example.org"}
          aria-invalid={error ? true : undefined}
          aria-describedby="join-user-ids-error"
          {...form.register("userIds")}
        />
        <FieldError id="join-user-ids-error">{error && `The list ${error}`}</FieldError>
      </div>
      <ReasonField
        id="join-users-reason"
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join"}
      </Button>
    </form>
  );
}
