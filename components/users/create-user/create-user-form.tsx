"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { createUser } from "@/lib/actions/create-user";
import type { CreatedUser } from "@/lib/operations/create-user";
import { createUserSchema, type CreateUserInput } from "@/lib/schemas/user-actions";
import { longestLocalpartOn } from "@/lib/schemas/new-user-name";
import { showFailureInForm } from "@/components/ui/form-failure";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

type Props = {
  serverName: string;
  canCreateAdmins: boolean;
  onCreated: (user: CreatedUser) => void;
};

const DEFAULTS: CreateUserInput = {
  localpart: "",
  displayName: "",
  password: "",
  admin: false,
  userType: "normal",
};

/** The fields of a new account; the server checks the name is free and the role may grant admin. */
export function CreateUserForm({ serverName, canCreateAdmins, onCreated }: Props) {
  const form = useForm<CreateUserInput>({
    resolver: zodResolver(createUserSchema(serverName)),
    defaultValues: DEFAULTS,
  });
  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: (result) => {
      if (!result.ok) return showFailureInForm(form, result);
      toast.success(`${result.data.userId} was created.`);
      form.reset(DEFAULTS);
      onCreated(result.data);
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const { errors } = form.formState;

  return (
    <form
      className="grid gap-4"
      onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
      noValidate
    >
      <div className="grid gap-2">
        <Label htmlFor="new-user-localpart">User name (localpart)</Label>
        <Input
          id="new-user-localpart"
          placeholder="e.g. alice"
          autoComplete="off"
          aria-invalid={errors.localpart ? true : undefined}
          aria-describedby="new-user-localpart-hint new-user-localpart-error"
          {...form.register("localpart")}
        />
        <p id="new-user-localpart-hint" className="text-sm text-muted-foreground">
          The part before :{serverName}, up to {longestLocalpartOn(serverName)} characters: a-z, 0-9
          and . _ = - / +
        </p>
        <FieldError id="new-user-localpart-error">
          {errors.localpart && `User name ${errors.localpart.message}`}
        </FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="new-user-display-name">Display name (optional)</Label>
        <Input
          id="new-user-display-name"
          autoComplete="off"
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby="new-user-display-name-error"
          {...form.register("displayName")}
        />
        <FieldError id="new-user-display-name-error">
          {errors.displayName && `Display name ${errors.displayName.message}`}
        </FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="new-user-password">Password</Label>
        <Input
          id="new-user-password"
          type="password"
          autoComplete="new-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="new-user-password-hint new-user-password-error"
          {...form.register("password")}
        />
        <p id="new-user-password-hint" className="text-sm text-muted-foreground">
          At least 8 characters, or leave it empty to have one generated and shown once.
        </p>
        <FieldError id="new-user-password-error">
          {errors.password && `Password ${errors.password.message}`}
        </FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="new-user-type">Account type</Label>
        <Select
          id="new-user-type"
          aria-describedby="new-user-type-hint"
          {...form.register("userType")}
        >
          <option value="normal">Normal</option>
          <option value="bot">Bot</option>
          <option value="support">Support</option>
        </Select>
        <p id="new-user-type-hint" className="text-sm text-muted-foreground">
          Bots and support accounts are exempt from monthly-active-user limits.
        </p>
      </div>
      {canCreateAdmins ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("admin")} />
          Server admin (full control of the homeserver)
        </label>
      ) : null}
      <FieldError role="alert">{errors.root?.message}</FieldError>
      <div className="flex justify-end">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Creating…" : "Create user"}
        </Button>
      </div>
    </form>
  );
}
