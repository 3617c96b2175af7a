"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { useActionMutation } from "@/components/ui/use-action-mutation";
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
  const form = useForm<CreateNotificationRuleInput>({
    resolver: zodResolver(createNotificationRuleSchema),
    defaultValues: EMPTY,
  });
  const mutation = useActionMutation(createNotificationRule, {
    success: (data) => `The rule “${data.name}” sends to ${data.roomId} from now on.`,
    onSuccess: () => onOpenChange(false),
    onFieldErrors: (errors) => {
      for (const [field, messages] of Object.entries(errors)) {
        form.setError(field as keyof CreateNotificationRuleInput, { message: messages[0] });
      }
    },
  });
  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      form.reset(EMPTY);
      mutation.reset();
    }
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
        <FormProvider {...form}>
          <form
            className="grid gap-4"
            noValidate
            onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
          >
            <EventFilterFields idPrefix="rule" jobKinds={jobKinds} />
            <TextField
              id="rule-room"
              label="Room"
              placeholder="#ops:example.org or !abc:example.org"
              error={form.formState.errors.room?.message}
              {...form.register("room")}
            />
            <Button type="submit" disabled={mutation.isPending}>
              {mutation.isPending ? "Saving…" : "Save rule"}
            </Button>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
