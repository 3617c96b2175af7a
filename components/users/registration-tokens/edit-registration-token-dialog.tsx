"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { showFailureInForm } from "@/components/ui/form-failure";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";
import { updateRegistrationToken } from "@/lib/actions/update-registration-token";
import {
  editRegistrationTokenFormSchema,
  toUpdateInput,
  type EditRegistrationTokenFormValues,
} from "@/lib/schemas/registration-token";
import type { RegistrationTokenRow } from "./registration-tokens-table";
import { toLocalDateTime, TokenLimitFields } from "./token-limit-fields";

const initialValues = (token: RegistrationTokenRow): EditRegistrationTokenFormValues => ({
  usesAllowed: token.usesAllowed === null ? "" : String(token.usesAllowed),
  expiresAt: toLocalDateTime(token.expiresAt),
});

/** Changes a token's uses allowed and expiry; only what was changed is sent. */
export function EditRegistrationTokenDialog({ token }: { token: RegistrationTokenRow }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Edit ${token.token}`}>
          Edit
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Edit registration token ${token.token}`}
        description={`${token.completed} completed and ${token.pending} pending registrations so far.`}
      >
        {/* Mounted with the dialog's content: each opening starts from the token as the page shows
            it, and a closed dialog holds no form (whose first effect would hold back the page's
            first frame). */}
        <EditRegistrationTokenForm token={token} onSaved={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function EditRegistrationTokenForm({
  token,
  onSaved,
}: {
  token: RegistrationTokenRow;
  onSaved: () => void;
}) {
  const form = useForm<EditRegistrationTokenFormValues>({
    resolver: zodResolver(editRegistrationTokenFormSchema),
    // Read on opening, in the browser: its time zone is known only here (never on the server).
    defaultValues: initialValues(token),
  });
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: updateRegistrationToken,
    // A refusal shows in the form, beside what can be changed; success as a toast.
    onSuccess: (result) => {
      if (!result.ok) return showFailureInForm(form, result);
      toast.success(`Registration token ${token.token} was changed.`);
      onSaved();
      router.refresh();
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const submit = form.handleSubmit((values) =>
    mutation.mutate(toUpdateInput(token.token, values, initialValues(token))),
  );
  const { errors } = form.formState;
  const idPrefix = `edit-token-${token.token}`;

  return (
    <form className="grid gap-4" noValidate onSubmit={submit}>
      <TokenLimitFields idPrefix={idPrefix} register={form.register} errors={errors} />
      <FieldError role="alert">{errors.root?.message}</FieldError>
      <div className="flex justify-end">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
