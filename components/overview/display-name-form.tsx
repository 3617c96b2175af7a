"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { updateDisplayName } from "@/lib/actions/update-display-name";
import { setDisplayNameSchema, type SetDisplayNameInput } from "@/lib/schemas/user";
import { useActionMutation } from "@/components/ui/use-action-mutation";

/** Changes one user's display name through the audited server action. */
export function DisplayNameForm() {
  const form = useForm<SetDisplayNameInput>({
    resolver: zodResolver(setDisplayNameSchema),
    defaultValues: { userId: "", displayName: "" },
  });
  const mutation = useActionMutation(updateDisplayName, {
    success: (data) => `${data.userId} is now called "${data.after ?? ""}".`,
    onSuccess: () => form.reset(),
    onFieldErrors: (fieldErrors) => {
      for (const [field, messages] of Object.entries(fieldErrors)) {
        form.setError(field as keyof SetDisplayNameInput, { message: messages[0] });
      }
    },
  });
  const { errors } = form.formState;

  return (
    <form
      className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
      noValidate
    >
      <div className="grid gap-2">
        <Label htmlFor="display-name-user">User ID</Label>
        <Input
          id="display-name-user"
          placeholder="e.g. @alice:example.org"
          autoComplete="off"
          aria-invalid={errors.userId ? true : undefined}
          aria-describedby="display-name-user-error"
          {...form.register("userId")}
        />
        <FieldError id="display-name-user-error">
          {errors.userId && `User ID ${errors.userId.message}`}
        </FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="display-name-value">New display name</Label>
        <Input
          id="display-name-value"
          autoComplete="off"
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby="display-name-value-error"
          {...form.register("displayName")}
        />
        <FieldError id="display-name-value-error">
          {errors.displayName && `Display name ${errors.displayName.message}`}
        </FieldError>
      </div>
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Saving…" : "Change display name"}
      </Button>
    </form>
  );
}
