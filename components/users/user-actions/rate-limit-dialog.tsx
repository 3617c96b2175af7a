"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { setRateLimit } from "@/lib/actions/set-rate-limit";
import { rateLimitSchema } from "@/lib/schemas/user-actions";
import type { RateLimitOverride } from "@/lib/synapse/user-admin";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Props = { userId: string; current: RateLimitOverride | null };

/** Overrides how fast the user may send messages; 0 and 0 lifts the limit entirely. */
export function RateLimitDialog({ userId, current }: Props) {
  const [open, setOpen] = useState(false);
  const form = useForm<z.input<typeof rateLimitSchema>, unknown, z.output<typeof rateLimitSchema>>({
    resolver: zodResolver(rateLimitSchema),
    defaultValues: {
      userId,
      messagesPerSecond: current?.messagesPerSecond ?? 0,
      burstCount: current?.burstCount ?? 0,
    },
  });
  const mutation = useActionMutation(setRateLimit, {
    success: (data) =>
      `${userId} may now send ${data.messagesPerSecond} messages per second, bursts of ${data.burstCount}.`,
    onSuccess: () => setOpen(false),
  });
  const { errors } = form.formState;

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Set rate limit
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Rate-limit override for ${userId}`}
        description="Replaces the server's message rate limit for this user. 0 and 0 means no limit."
      >
        <form
          className="grid gap-4"
          onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
          noValidate
        >
          <div className="grid gap-2">
            <Label htmlFor="rate-limit-mps">Messages per second</Label>
            <Input
              id="rate-limit-mps"
              inputMode="decimal"
              aria-invalid={errors.messagesPerSecond ? true : undefined}
              aria-describedby="rate-limit-mps-error"
              {...form.register("messagesPerSecond")}
            />
            <FieldError id="rate-limit-mps-error">
              {errors.messagesPerSecond &&
                `Messages per second ${errors.messagesPerSecond.message}`}
            </FieldError>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="rate-limit-burst">Burst count</Label>
            <Input
              id="rate-limit-burst"
              inputMode="numeric"
              aria-invalid={errors.burstCount ? true : undefined}
              aria-describedby="rate-limit-burst-error"
              {...form.register("burstCount")}
            />
            <FieldError id="rate-limit-burst-error">
              {errors.burstCount && `Burst count ${errors.burstCount.message}`}
            </FieldError>
          </div>
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? "Saving…" : "Save override"}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}
