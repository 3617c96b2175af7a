"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { manageTokenAccount } from "@/lib/actions/manage-token-account";
import { updateTokenPolicy } from "@/lib/actions/update-token-policy";
import { tokenPolicySchema, type TokenPolicyInput } from "@/lib/tokens/schemas";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Field = { name: keyof TokenPolicyInput; label: string; type?: string; hint?: string };
const FIELDS: Field[] = [
  { name: "userId", label: "Account", hint: "@bot:example.org" },
  { name: "maxTokenAgeDays", label: "Max token age (days)", type: "number" },
  { name: "graceMinutes", label: "Grace period (minutes)", type: "number" },
  { name: "webhookUrl", label: "Webhook URL (optional)", hint: "https://bot.example.org/token" },
  { name: "webhookSecret", label: "Webhook secret", type: "password" },
  { name: "currentDeviceId", label: "Device the account uses now (optional)" },
];

type Props = { mode: "manage" | "edit"; defaults: Partial<TokenPolicyInput>; label: string };

/** Marks an account as managed, or edits a managed account's policy. */
export function PolicyDialog({ mode, defaults, label }: Props) {
  const [open, setOpen] = useState(false);
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
  const mutation = useActionMutation(mode === "manage" ? manageTokenAccount : updateTokenPolicy, {
    success: (data) =>
      mode === "manage"
        ? `${data.userId} is now managed.`
        : `The policy of ${data.userId} was saved.`,
    onSuccess: () => setOpen(false),
  });
  const fields = FIELDS.filter((field) => mode === "manage" || field.name !== "currentDeviceId");
  const { errors } = form.formState;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(initial);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button variant={mode === "manage" ? "default" : "outline"} size="sm">
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
        <form
          className="grid gap-3"
          onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
          noValidate
        >
          {fields.map(({ name, label: fieldLabel, type, hint }) => {
            const id = `policy-${name}`;
            return (
              <div key={name} className="grid gap-1.5">
                <Label htmlFor={id}>{fieldLabel}</Label>
                <Input
                  id={id}
                  type={type ?? "text"}
                  placeholder={hint}
                  autoComplete="off"
                  readOnly={name === "userId" && mode === "edit"}
                  aria-invalid={errors[name] ? true : undefined}
                  {...form.register(name)}
                />
                <FieldError id={`${id}-error`}>
                  {errors[name] && `${fieldLabel} ${errors[name].message}`}
                </FieldError>
              </div>
            );
          })}
          <CheckboxField id="policy-webhookAllowPrivate" {...form.register("webhookAllowPrivate")}>
            Allow a private, loopback or link-local address for the webhook (and plain http)
          </CheckboxField>
          <Button type="submit" disabled={mutation.isPending}>
            {mode === "manage" ? "Manage account" : "Save policy"}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}
