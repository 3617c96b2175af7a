"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { showFieldErrors } from "@/components/ui/form-failure";
import { createNotificationRule } from "@/lib/actions/create-notification-rule";
import {
  createNotificationRuleSchema,
  type CreateNotificationRuleInput,
} from "@/lib/schemas/event-subscription";
import { EventFilterFields, type JobKindChoice } from "./event-filter-fields";

const EMPTY: CreateNotificationRuleInput = {
  name: "",
  room: "",
  actionPrefix: "",
  outcome: "any",
  jobKind: "",
};

/** Adds a rule sending matching events to a room, as notices from the service account. */
export function CreateNotificationRuleDialog({
  jobKinds,
  serviceUserId,
}: {
  jobKinds: JobKindChoice[];
  serviceUserId: string | null;
}) {
  const [open, setOpen] = useState(false);
  const mutation = useActionMutation(createNotificationRule, {
    success: (data) => `The rule “${data.name}” sends to ${data.roomId} from now on.`,
    onSuccess: () => onOpenChange(false),
  });
  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) mutation.reset();
  }
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>Add notification rule</Button>
      </DialogTrigger>
      <DialogContent
        title="Add notification rule"
        description={`Events that match are posted to the room as notices by ${serviceUserId ?? "the console's service account"}, which must be in the room (it accepts an invitation when you save).`}
      >
        {/* Mounted with the dialog's content: each opening starts empty, and a closed dialog holds
            no form (whose first effect would hold back the page's first frame). */}
        <CreateNotificationRuleForm
          jobKinds={jobKinds}
          pending={mutation.isPending}
          onSubmit={(values, onFieldErrors) =>
            mutation.mutate(values, {
              onSuccess: (result) => {
                if (!result.ok && result.fieldErrors) onFieldErrors(result.fieldErrors);
              },
            })
          }
        />
      </DialogContent>
    </Dialog>
  );
}

type CreateNotificationRuleFormProps = {
  jobKinds: JobKindChoice[];
  pending: boolean;
  /** Sends the values; the fields the action refuses come back through onFieldErrors. */
  onSubmit: (
    values: CreateNotificationRuleInput,
    onFieldErrors: (fieldErrors: Record<string, string[]>) => void,
  ) => void;
};

function CreateNotificationRuleForm({
  jobKinds,
  pending,
  onSubmit,
}: CreateNotificationRuleFormProps) {
  const form = useForm<CreateNotificationRuleInput>({
    resolver: zodResolver(createNotificationRuleSchema),
    defaultValues: EMPTY,
  });
  const submit = form.handleSubmit((values) =>
    onSubmit(values, (fieldErrors) => showFieldErrors(form, fieldErrors)),
  );
  return (
    <FormProvider {...form}>
      <form className="grid gap-4" noValidate onSubmit={submit}>
        <EventFilterFields idPrefix="rule" jobKinds={jobKinds} />
        <TextField
          id="rule-room"
          label="Room"
          placeholder="#ops:example.org or !abc:example.org"
          error={form.formState.errors.room?.message}
          {...form.register("room")}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save rule"}
        </Button>
      </form>
    </FormProvider>
  );
}
