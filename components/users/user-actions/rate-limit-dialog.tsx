"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type ComponentProps } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { setRateLimit } from "@/lib/actions/set-rate-limit";
import {
  MAX_BURST_COUNT,
  MAX_MESSAGES_PER_SECOND,
  rateLimitSchema,
  type RateLimitInput,
} from "@/lib/schemas/user-actions";
import type { RateLimitOverride } from "@/lib/synapse/user-admin";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { describeRateLimit } from "../describe-rate-limit";

type Props = { userId: string; current: RateLimitOverride | null };

/** The form keeps both numbers while "No limit" is chosen, so switching back loses nothing. */
type Values = {
  userId: string;
  limit: { kind: "custom" | "none"; messagesPerSecond: string; burstCount: string };
};

function defaultsFor(userId: string, current: RateLimitOverride | null): Values {
  // Synapse stores "no limit" as 0 messages per second.
  const none = current?.messagesPerSecond === 0;
  return {
    userId,
    limit: {
      kind: none ? "none" : "custom",
      messagesPerSecond: current && !none ? String(current.messagesPerSecond) : "",
      burstCount: current && !none ? String(current.burstCount) : "",
    },
  };
}

type LimitFieldProps = ComponentProps<"input"> & {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
};

/** One number of a custom limit, with its range below it and then what is wrong with it. */
function LimitField({ id, label, hint, error, ...input }: LimitFieldProps) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        inputMode="numeric"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        {...input}
      />
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {hint}
      </p>
      <FieldError id={`${id}-error`}>{error && `${label} ${error}`}</FieldError>
    </div>
  );
}

/** Overrides how fast the user may send messages, or exempts them from rate limits by name. */
export function RateLimitDialog({ userId, current }: Props) {
  const [open, setOpen] = useState(false);
  const mutation = useActionMutation(setRateLimit, {
    success: (data) => `Rate limit of ${data.userId}: ${describeRateLimit(data.override)}.`,
    onSuccess: () => setOpen(false),
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Set rate limit
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Rate-limit override for ${userId}`}
        description="Replaces the server's message rate limit for this user."
      >
        {/* Mounted with the dialog's content: each opening starts from what Synapse holds now, not
            from what was typed last time, and a closed dialog holds no form (whose first effect
            would hold back the page's first frame). */}
        <RateLimitForm
          userId={userId}
          current={current}
          pending={mutation.isPending}
          onSubmit={(values) => mutation.mutate(values)}
        />
      </DialogContent>
    </Dialog>
  );
}

type RateLimitFormProps = Props & {
  pending: boolean;
  onSubmit: (values: RateLimitInput) => void;
};

function RateLimitForm({ userId, current, pending, onSubmit }: RateLimitFormProps) {
  const form = useForm<z.input<typeof rateLimitSchema>, unknown, RateLimitInput>({
    resolver: zodResolver(rateLimitSchema),
    defaultValues: defaultsFor(userId, current),
  });
  const kind = useWatch({ control: form.control, name: "limit.kind" });
  const errorOf = (name: "limit.messagesPerSecond" | "limit.burstCount") =>
    form.getFieldState(name, form.formState).error?.message;

  return (
    <form className="grid gap-4" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">Limit</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="custom" {...form.register("limit.kind")} />
          Custom limit
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="none" {...form.register("limit.kind")} />
          No limit (exempt from every rate limit, not only for messages)
        </label>
      </fieldset>
      <fieldset className="grid gap-4" disabled={kind === "none"}>
        <LimitField
          id="rate-limit-mps"
          label="Messages per second"
          placeholder="e.g. 5"
          hint={`A whole number from 1 to ${MAX_MESSAGES_PER_SECOND}.`}
          error={errorOf("limit.messagesPerSecond")}
          {...form.register("limit.messagesPerSecond")}
        />
        <LimitField
          id="rate-limit-burst"
          label="Burst count"
          placeholder="e.g. 20"
          hint={`How many messages may go at once before the rate applies: 1 to ${MAX_BURST_COUNT.toLocaleString("en")}.`}
          error={errorOf("limit.burstCount")}
          {...form.register("limit.burstCount")}
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save override"}
      </Button>
    </form>
  );
}
