"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
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

/** Overrides how fast the user may send messages, or exempts them from rate limits by name. */
export function RateLimitDialog({ userId, current }: Props) {
  const [open, setOpen] = useState(false);
  const form = useForm<z.input<typeof rateLimitSchema>, unknown, RateLimitInput>({
    resolver: zodResolver(rateLimitSchema),
    defaultValues: defaultsFor(userId, current),
  });
  const kind = useWatch({ control: form.control, name: "limit.kind" });
  const mutation = useActionMutation(setRateLimit, {
    success: (data) => `Rate limit of ${data.userId}: ${describeRateLimit(data.override)}.`,
    onSuccess: () => setOpen(false),
  });
  const onOpenChange = (next: boolean) => {
    // Opening starts from what Synapse holds now, not from what was typed last time.
    if (next) form.reset(defaultsFor(userId, current));
    setOpen(next);
  };
  const errorOf = (name: "limit.messagesPerSecond" | "limit.burstCount") =>
    form.getFieldState(name, form.formState).error?.message;
  const rateError = errorOf("limit.messagesPerSecond");
  const burstError = errorOf("limit.burstCount");

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Set rate limit
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Rate-limit override for ${userId}`}
        description="Replaces the server's message rate limit for this user."
      >
        <form
          className="grid gap-4"
          onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
          noValidate
        >
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
            <div className="grid gap-2">
              <Label htmlFor="rate-limit-mps">Messages per second</Label>
              <Input
                id="rate-limit-mps"
                inputMode="numeric"
                placeholder="e.g. 5"
                aria-invalid={rateError ? true : undefined}
                aria-describedby="rate-limit-mps-hint rate-limit-mps-error"
                {...form.register("limit.messagesPerSecond")}
              />
              <p id="rate-limit-mps-hint" className="text-sm text-muted-foreground">
                A whole number from 1 to {MAX_MESSAGES_PER_SECOND}.
              </p>
              <FieldError id="rate-limit-mps-error">
                {rateError && `Messages per second ${rateError}`}
              </FieldError>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="rate-limit-burst">Burst count</Label>
              <Input
                id="rate-limit-burst"
                inputMode="numeric"
                placeholder="e.g. 20"
                aria-invalid={burstError ? true : undefined}
                aria-describedby="rate-limit-burst-hint rate-limit-burst-error"
                {...form.register("limit.burstCount")}
              />
              <p id="rate-limit-burst-hint" className="text-sm text-muted-foreground">
                How many messages may go at once before the rate applies: 1 to{" "}
                {MAX_BURST_COUNT.toLocaleString("en")}.
              </p>
              <FieldError id="rate-limit-burst-error">
                {burstError && `Burst count ${burstError}`}
              </FieldError>
            </div>
          </fieldset>
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? "Saving…" : "Save override"}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}
