"use client";

import type { UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

export type ConnectionFormValues = {
  setupToken: string;
  baseUrl: string;
  method: "shared_secret" | "access_token" | "password";
  sharedSecret: string;
  localpart: string;
  accessToken: string;
  userId: string;
  password: string;
};

type FieldName = keyof ConnectionFormValues;

type Props = { form: UseFormReturn<ConnectionFormValues>; needsSetupToken: boolean };

function Field(props: {
  form: Props["form"];
  name: FieldName;
  label: string;
  hint?: string;
  type?: string;
  placeholder?: string;
}) {
  const { form, name, label, hint, type = "text", placeholder } = props;
  const error = form.formState.errors[name]?.message;
  const id = `connection-${name}`;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type={type}
        placeholder={placeholder}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        {...form.register(name)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`}>{error && `${label} ${error}`}</FieldError>
    </div>
  );
}

/** The fields of a homeserver connection; which secret is asked for depends on the method. */
export function ConnectionFields({ form, needsSetupToken }: Props) {
  const method = form.watch("method");
  return (
    <>
      {needsSetupToken ? (
        <Field
          form={form}
          name="setupToken"
          label="Setup token"
          type="password"
          hint="Printed in the console's log when it started."
        />
      ) : null}
      <Field
        form={form}
        name="baseUrl"
        label="Homeserver URL"
        placeholder="e.g. https://matrix.example.org"
        hint="Where Synapse's client and admin APIs answer (not the browser: the console's server calls it)."
      />
      <div className="grid gap-2">
        <Label htmlFor="connection-method">Service account</Label>
        <Select id="connection-method" {...form.register("method")}>
          <option value="shared_secret">Register a bot with the registration shared secret</option>
          <option value="access_token">Use an admin access token</option>
          <option value="password">Log in as an admin user with a password</option>
        </Select>
      </div>
      {method === "shared_secret" ? (
        <>
          <Field
            form={form}
            name="sharedSecret"
            label="Registration shared secret"
            type="password"
            hint="registration_shared_secret from homeserver.yaml. The console registers its own admin bot once and reuses it."
          />
          <Field
            form={form}
            name="localpart"
            label="Bot name"
            hint="Localpart of the bot account, such as console-bot."
          />
        </>
      ) : null}
      {method === "access_token" ? (
        <Field
          form={form}
          name="accessToken"
          label="Admin access token"
          type="password"
          hint="A server admin's token. If Synapse rejects it later, the console asks for a new one."
        />
      ) : null}
      {method === "password" ? (
        <>
          <Field
            form={form}
            name="userId"
            label="Admin user ID"
            placeholder="e.g. @admin:example.org"
          />
          <Field
            form={form}
            name="password"
            label="Admin password"
            type="password"
            hint="The console logs in again by itself whenever its token stops working."
          />
        </>
      ) : null}
    </>
  );
}
