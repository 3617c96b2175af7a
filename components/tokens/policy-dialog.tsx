"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { manageTokenAccount } from "@/lib/actions/manage-token-account";
import { updateTokenPolicy } from "@/lib/actions/update-token-policy";
import { managedUserSchema, tokenPolicySchema, type TokenPolicyInput } from "@/lib/tokens/schemas";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { DeviceField } from "./device-field";

type Field = {
  name: "userId" | "maxTokenAgeDays" | "graceMinutes" | "webhookUrl" | "webhookSecret";
  label: string;
  type?: string;
  /** Said under the field (not as a placeholder, which would look like a value already filled in). */
  hint?: string;
};
const FIELDS: Field[] = [
  { name: "userId", label: "Account", hint: "Its Matrix user ID, such as @bot:example.org." },
  { name: "maxTokenAgeDays", label: "Max token age (days)", type: "number" },
  { name: "graceMinutes", label: "Grace period (minutes)", type: "number" },
  {
    name: "webhookUrl",
    label: "Webhook URL (optional)",
    hint: "Where each new token is posted, such as https://bot.example.org/token.",
  },
  { name: "webhookSecret", label: "Webhook secret", type: "password" },
];

/** The user ID whose devices to offer, or "" while what was entered is not one. */
const lookupId = (value: string) =>
  managedUserSchema.safeParse({ userId: value }).data?.userId ?? "";

type Props = {
  mode: "manage" | "edit";
  defaults: Partial<TokenPolicyInput>;
  label: string;
  /** The opening button's look; a row of a table takes the quieter outline. */
  variant?: "default" | "outline";
};

/** Marks an account as managed, or edits a managed account's policy. */
export function PolicyDialog({ mode, defaults, label, variant }: Props) {
  const [open, setOpen] = useState(false);
  const mutation = useActionMutation(mode === "manage" ? manageTokenAccount : updateTokenPolicy, {
    success: (data) =>
      mode === "manage"
        ? `${data.userId} is now managed.`
        : `The policy of ${data.userId} was saved.`,
    onSuccess: () => setOpen(false),
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant ?? (mode === "manage" ? "default" : "outline")} size="sm">
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={
          mode === "manage" ? "Manage an account's token" : `Token policy of ${defaults.userId}`
        }
        description={
          mode === "manage"
            ? "The console may then rotate this account's token. Name the device the account uses now to have the first rotation revoke it after the grace period; otherwise existing devices stay."
            : "Leave the secret empty to keep the stored one."
        }
      >
        {/* Mounted with the dialog's content: each opening starts from the defaults, and a closed
            dialog holds no form (whose first effect would hold back the page's first frame). */}
        <PolicyForm
          mode={mode}
          defaults={defaults}
          pending={mutation.isPending}
          onSubmit={(values) => mutation.mutate(values)}
        />
      </DialogContent>
    </Dialog>
  );
}

type PolicyFormProps = Pick<Props, "mode" | "defaults"> & {
  pending: boolean;
  onSubmit: (values: TokenPolicyInput) => void;
};

function PolicyForm({ mode, defaults, pending, onSubmit }: PolicyFormProps) {
  const initial: TokenPolicyInput = {
    userId: "",
    maxTokenAgeDays: 90,
    graceMinutes: 60,
    webhookUrl: "",
    webhookSecret: "",
    webhookAllowPrivate: false,
    currentDeviceId: "",
    ...defaults,
  };
  const form = useForm<TokenPolicyInput>({
    resolver: zodResolver(tokenPolicySchema),
    defaultValues: initial,
  });
  const [lookup, setLookup] = useState(lookupId(initial.userId));
  const { errors } = form.formState;
  return (
    <form className="grid gap-3" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {FIELDS.map(({ name, label: fieldLabel, type, hint }) => {
        const readOnly = name === "userId" && mode === "edit";
        const field = form.register(name);
        return (
          <TextField
            key={name}
            id={`policy-${name}`}
            label={fieldLabel}
            type={type ?? "text"}
            readOnly={readOnly}
            hint={readOnly ? undefined : hint}
            error={errors[name]?.message}
            {...field}
            onBlur={(event) => {
              if (name === "userId") setLookup(lookupId(event.target.value));
              return field.onBlur(event);
            }}
          />
        );
      })}
      {mode === "manage" ? (
        <DeviceField userId={lookup} field={form.register("currentDeviceId")} />
      ) : null}
      <CheckboxField id="policy-webhookAllowPrivate" {...form.register("webhookAllowPrivate")}>
        Allow a private, loopback or link-local address for the webhook (and plain http)
      </CheckboxField>
      <Button type="submit" disabled={pending}>
        {mode === "manage" ? "Manage account" : "Save policy"}
      </Button>
    </form>
  );
}
