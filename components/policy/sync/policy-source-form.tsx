"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { updatePolicySettings } from "@/lib/actions/update-policy-settings";
import type { PolicySourceView } from "@/lib/policy/settings";
import { policySettingsSchema, type PolicySettingsInput } from "@/lib/schemas/policy-settings";

type FieldName = "sourceUrl" | "sourceToken" | "guardCount" | "guardPercent";

const HINTS: Partial<Record<FieldName, string>> = {
  sourceUrl:
    "An https address the policy is pulled from before each reconcile, such as https://hr.example.org/matrix-policy.json; each change of its content becomes a version. Empty: the policy is edited here only. The URL is shown as the author of pulled versions, so keep credentials in the bearer token.",
  guardCount:
    "Applying a plan that deactivates users or removes memberships needs the count typed back when it removes more than this many…",
  guardPercent: "…or more than this percentage of the managed users.",
};

/** The settings of the policy's URL source and of the apply guard; for admins. */
export function PolicySourceForm({ settings }: { settings: PolicySourceView }) {
  const defaults: PolicySettingsInput = {
    sourceUrl: settings.sourceUrl ?? "",
    sourceAllowPrivate: settings.sourceAllowPrivate,
    sourceAuth: settings.hasToken ? "keep" : "none",
    sourceToken: "",
    guardCount: settings.guardCount,
    guardPercent: settings.guardPercent,
  };
  const form = useForm<PolicySettingsInput>({
    resolver: zodResolver(policySettingsSchema),
    defaultValues: defaults,
  });
  const mutation = useActionMutation(updatePolicySettings, {
    success: (saved) =>
      saved.sourceUrl ? "The policy source was saved." : "Saved; the policy has no URL source.",
    onFieldErrors: (fieldErrors) => {
      for (const [name, messages] of Object.entries(fieldErrors)) {
        form.setError(name as FieldName, { message: messages[0] });
      }
    },
  });
  const { errors } = form.formState;
  const auth = useWatch({ control: form.control, name: "sourceAuth" });

  const field = (name: FieldName, label: string, type = "text") => (
    <TextField
      id={`policy-source-${name}`}
      label={label}
      type={type}
      hint={HINTS[name]}
      error={errors[name]?.message}
      {...form.register(name)}
    />
  );

  return (
    <form
      className="grid gap-4"
      noValidate
      onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
    >
      {field("sourceUrl", "Policy URL (optional)")}
      <CheckboxField id="policy-source-allow-private" {...form.register("sourceAllowPrivate")}>
        Allow a private, loopback or link-local address for the URL (and plain http)
      </CheckboxField>
      <div className="grid gap-1.5">
        <Label htmlFor="policy-source-auth">Bearer token</Label>
        <Select
          id="policy-source-auth"
          // A token typed and then not chosen is not sent.
          {...form.register("sourceAuth", { onChange: () => form.setValue("sourceToken", "") })}
        >
          {settings.hasToken ? <option value="keep">Keep the stored token</option> : null}
          <option value="replace">Set a new token</option>
          <option value="none">No token</option>
        </Select>
      </div>
      {auth === "replace" ? field("sourceToken", "New bearer token", "password") : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("guardCount", "Removal guard (users or memberships)", "number")}
        {field("guardPercent", "Removal guard (% of managed users)", "number")}
      </div>
      <div>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
