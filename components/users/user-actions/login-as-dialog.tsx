"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/ui/field-error";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { loginAsUser } from "@/lib/actions/login-as-user";
import {
  DEFAULT_LOGIN_AS_LIFETIME,
  describeLifetime,
  LOGIN_AS_LIFETIMES,
  loginAsUserSchema,
} from "@/lib/schemas/login-as";

type Issued = { accessToken: string; expiresAt: string };

function IssuedToken({ userId, issued }: { userId: string; issued: Issued }) {
  return (
    <div className="grid gap-3" data-testid="login-as-token">
      <CopyableSecret
        value={issued.accessToken}
        noun="token"
        input={{ "aria-label": `Access token acting as ${userId}` }}
        size="sm"
        className="flex items-center gap-2"
      />
      <p className="text-sm">
        Works until{" "}
        <time dateTime={issued.expiresAt}>{new Date(issued.expiresAt).toLocaleString()}</time>, then
        Synapse refuses it.
      </p>
      <p className="text-sm text-muted-foreground">
        Shown only now: the console keeps no copy, and the audit log has the reason and expiry, not
        the token. Whoever holds it acts as {userId}; it has no device, so it is not in their
        devices list.
      </p>
    </div>
  );
}

/** Issues a short-lived token acting as the user, for support: a reason, a lifetime, shown once. */
export function LoginAsDialog({ userId }: { userId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [lifetime, setLifetime] = useState<number>(DEFAULT_LOGIN_AS_LIFETIME);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const mutation = useActionMutation(loginAsUser, {
    success: () => null,
    onSuccess: (data) => setIssued(data),
    // Nothing on the page changed but the History; a refresh is not worth losing the token over.
    refresh: false,
  });
  const submit = () => {
    const request = { userId, reason, lifetimeMinutes: lifetime };
    const parsed = loginAsUserSchema.safeParse(request);
    const problem = parsed.error?.issues.find((issue) => issue.path[0] === "reason");
    setReasonError(problem?.message ?? null);
    if (parsed.success) mutation.mutate(parsed.data);
  };
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    // Closing forgets the token: it is shown once.
    if (!next) {
      setIssued(null);
      setReason("");
      mutation.reset();
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Log in as user
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Log in as ${userId}`}
        description={
          issued
            ? undefined
            : "Issues an access token that acts as this person in every room and setting, for support. It ends by itself; the reason goes to the audit log."
        }
      >
        {issued ? (
          <IssuedToken userId={userId} issued={issued} />
        ) : (
          <div className="grid gap-4">
            <div className="grid gap-2">
              <Label htmlFor="login-as-reason">Reason</Label>
              <Textarea
                id="login-as-reason"
                rows={2}
                placeholder="Why you act as them, for the audit log: a ticket, their request"
                value={reason}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby="login-as-reason-error"
                onChange={(event) => setReason(event.target.value)}
              />
              <FieldError id="login-as-reason-error">
                {reasonError && `Reason ${reasonError}`}
              </FieldError>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="login-as-lifetime">Valid for</Label>
              <Select
                id="login-as-lifetime"
                value={String(lifetime)}
                onChange={(event) => setLifetime(Number(event.target.value))}
              >
                {LOGIN_AS_LIFETIMES.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {describeLifetime(minutes)}
                  </option>
                ))}
              </Select>
            </div>
            <Button disabled={mutation.isPending} onClick={submit}>
              {mutation.isPending ? "Issuing…" : "Issue token"}
            </Button>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
