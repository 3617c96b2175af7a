"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { resetPassword } from "@/lib/actions/reset-password";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/schemas/user-actions";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { WarningNote } from "@/components/ui/warning-note";
import { OWN_ACCOUNT } from "./own-account";

function GeneratedPassword({ password }: { password: string }) {
  return (
    <div className="grid gap-2">
      <Label htmlFor="generated-password">New password (shown only now)</Label>
      <CopyableSecret value={password} noun="password" input={{ id: "generated-password" }} />
    </div>
  );
}

/** Sets a new password, given or generated; a generated one is shown once, here. */
export function ResetPasswordDialog({ userId, own }: { userId: string; own: boolean }) {
  const [open, setOpen] = useState(false);
  const [generated, setGenerated] = useState<string | null>(null);
  const mutation = useActionMutation(resetPassword, {
    success: (data) => (data.generatedPassword ? null : `The password of ${userId} was reset.`),
    onSuccess: (data) => {
      if (data.generatedPassword) setGenerated(data.generatedPassword);
      else setOpen(false);
    },
  });
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    // Closing forgets the generated password: it is shown once.
    if (!next) setGenerated(null);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Reset password
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Reset the password of ${userId}`}
        description={
          own
            ? "Type the new password: you sign in again with it."
            : "Leave the password empty to generate one; it is shown once, after the reset."
        }
      >
        {own && !generated ? <WarningNote>{OWN_ACCOUNT.resetPassword}</WarningNote> : null}
        {generated ? (
          <GeneratedPassword password={generated} />
        ) : (
          // Mounted with the dialog's content: each opening starts from the defaults, and a closed
          // dialog holds no form (whose first effect would hold back the page's first frame).
          <ResetPasswordForm
            userId={userId}
            typed={own}
            pending={mutation.isPending}
            onSubmit={(values) => mutation.mutate(values)}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

type ResetPasswordFormProps = {
  userId: string;
  /**
   * The person's own account: the reset ends their console session and the page goes to sign-in,
   * taking a generated password with it before it could be copied. So they type it.
   */
  typed: boolean;
  pending: boolean;
  onSubmit: (values: ResetPasswordInput) => void;
};

function ResetPasswordForm({ userId, typed, pending, onSubmit }: ResetPasswordFormProps) {
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { userId, password: "", logoutDevices: true },
  });
  const { errors } = form.formState;

  return (
    <form
      className="grid gap-4"
      onSubmit={form.handleSubmit((values) => {
        if (typed && values.password === "") {
          form.setError("password", { message: "is required for your own account" });
          return;
        }
        onSubmit(values);
      })}
      noValidate
    >
      <div className="grid gap-2">
        <Label htmlFor="reset-password-value">New password</Label>
        <Input
          id="reset-password-value"
          type="password"
          autoComplete="new-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="reset-password-value-error"
          {...form.register("password")}
        />
        <FieldError id="reset-password-value-error">
          {errors.password && `Password ${errors.password.message}`}
        </FieldError>
      </div>
      <CheckboxField
        id="reset-password-logout"
        className="accent-primary"
        {...form.register("logoutDevices")}
      >
        Log out all of their devices
      </CheckboxField>
      <Button type="submit" disabled={pending}>
        {pending ? "Resetting…" : "Reset password"}
      </Button>
    </form>
  );
}
