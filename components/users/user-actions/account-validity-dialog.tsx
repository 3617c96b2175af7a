"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { RadioOption } from "@/components/ui/radio-option";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { renewAccountValidity } from "@/lib/actions/renew-account-validity";

/**
 * Renews when the account expires, by the server's validity period or to a chosen time. Where
 * the server has no account validity, Synapse's answer says so, and the page says it from then on.
 */
export function AccountValidityDialog({ userId }: { userId: string }) {
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<"period" | "date">("period");
  const [date, setDate] = useState("");
  const [emails, setEmails] = useState(true);
  const [dateError, setDateError] = useState<string | null>(null);
  const mutation = useActionMutation(renewAccountValidity, {
    success: (data) =>
      `${userId}'s account now expires ${new Date(data.expiresAt).toLocaleString()}.`,
    onSuccess: () => setOpen(false),
  });
  const failure = mutation.data && !mutation.data.ok ? mutation.data.error : null;
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    // Reopened, the dialog starts afresh: no refusal of an earlier try.
    if (!next) mutation.reset();
  };
  const submit = () => {
    const expiresAtMs = mode === "date" ? new Date(date).getTime() : null;
    if (expiresAtMs !== null && !Number.isFinite(expiresAtMs)) {
      setDateError("Expiry must be a date and time");
      return;
    }
    setDateError(null);
    mutation.mutate({ userId, expiresAtMs, renewalEmails: emails });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Renew account validity
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Renew the account of ${userId}`}
        description="On a server with account validity, an account stops working when it expires until it is renewed."
      >
        <div className="grid gap-4">
          <fieldset className="grid gap-2 text-sm">
            <legend className="mb-1 font-medium">New expiry</legend>
            <RadioOption
              name="validity-mode"
              checked={mode === "period"}
              onSelect={() => setMode("period")}
            >
              Now plus the server&apos;s validity period
            </RadioOption>
            <RadioOption
              name="validity-mode"
              checked={mode === "date"}
              onSelect={() => setMode("date")}
            >
              A date and time I choose
            </RadioOption>
            {mode === "date" ? (
              <Input
                type="datetime-local"
                aria-label="Expires at"
                value={date}
                aria-invalid={dateError ? true : undefined}
                onChange={(event) => setDate(event.target.value)}
              />
            ) : null}
            <FieldError>{dateError}</FieldError>
          </fieldset>
          <CheckboxField
            id="validity-emails"
            checked={emails}
            onChange={(event) => setEmails(event.target.checked)}
          >
            Send renewal emails before it expires
          </CheckboxField>
          {failure ? (
            <p className="text-sm text-destructive" role="alert">
              {failure}
            </p>
          ) : null}
          <Button disabled={mutation.isPending} onClick={submit}>
            {mutation.isPending ? "Renewing…" : "Renew"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
