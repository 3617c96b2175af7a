"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { reactivateUser } from "@/lib/actions/reactivate-user";
import { reactivateUserSchema, type ReactivateUserInput } from "@/lib/schemas/user-actions";
import { useActionMutation } from "@/components/ui/use-action-mutation";

/** Reactivates a deactivated user; Synapse needs a new password for that. */
export function ReactivateDialog({ userId }: { userId: string }) {
  const [open, setOpen] = useState(false);
  const mutation = useActionMutation(reactivateUser, {
    success: () => `${userId} is active again and can sign in with the new password.`,
    onSuccess: () => setOpen(false),
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Reactivate
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Reactivate ${userId}`}
        description="They can sign in again with this password. Rooms they left are not rejoined."
      >
        {/* Mounted with the dialog's content: each opening starts from the defaults, and a closed
            dialog holds no form (whose first effect would hold back the page's first frame). */}
        <ReactivateForm
          userId={userId}
          pending={mutation.isPending}
          onSubmit={(values) => mutation.mutate(values)}
        />
      </DialogContent>
    </Dialog>
  );
}

type ReactivateFormProps = {
  userId: string;
  pending: boolean;
  onSubmit: (values: ReactivateUserInput) => void;
};

function ReactivateForm({ userId, pending, onSubmit }: ReactivateFormProps) {
  const form = useForm<ReactivateUserInput>({
    resolver: zodResolver(reactivateUserSchema),
    defaultValues: { userId, password: "" },
  });
  const { errors } = form.formState;

  return (
    <form className="grid gap-4" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <div className="grid gap-2">
        <Label htmlFor="reactivate-password">New password</Label>
        <Input
          id="reactivate-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="reactivate-password-error"
          {...form.register("password")}
        />
        <FieldError id="reactivate-password-error">
          {errors.password && `Password ${errors.password.message}`}
        </FieldError>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Reactivating…" : "Reactivate"}
      </Button>
    </form>
  );
}
