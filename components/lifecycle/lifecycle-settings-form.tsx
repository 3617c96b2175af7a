"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch, type UseFormRegisterReturn } from "react-hook-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { saveLifecycleSettings } from "@/lib/actions/save-lifecycle-settings";
import { countOf } from "@/lib/format/count";
import type { LifecycleSettingsView } from "@/lib/lifecycle/settings";
import {
  lifecycleSettingsSchema,
  type LifecycleSettingsChange,
  type LifecycleSettingsInput,
} from "@/lib/schemas/lifecycle";

/** One group chooser: the policy's groups, or none; a stored group the policy lost stays choosable. */
function GroupSelect({
  id,
  label,
  hint,
  groups,
  field,
}: {
  id: string;
  label: string;
  hint: string;
  groups: string[];
  field: UseFormRegisterReturn;
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} aria-describedby={`${id}-hint`} {...field}>
        <option value="">None</option>
        {groups.map((group) => (
          <option key={group} value={group}>
            {group}
          </option>
        ))}
      </Select>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {hint}
      </p>
    </div>
  );
}

/** The groups events use and whether a revoke erases; for admins. */
export function LifecycleSettingsForm({
  settings,
  groups,
  waiting,
}: {
  settings: LifecycleSettingsView;
  groups: string[];
  /** Events waiting to be applied, which a newly chosen erase would also apply to. */
  waiting: number;
}) {
  const known = (group: string | null) =>
    group && !groups.includes(group) ? [...groups, group] : groups;
  const form = useForm<LifecycleSettingsInput, unknown, LifecycleSettingsChange>({
    resolver: zodResolver(lifecycleSettingsSchema),
    defaultValues: {
      defaultGroup: settings.defaultGroup ?? "",
      adminGroup: settings.adminGroup ?? "",
      eraseOnRevoke: settings.eraseOnRevoke,
    },
  });
  const mutation = useActionMutation(saveLifecycleSettings, {
    success: () => "The lifecycle settings were saved.",
  });
  const save = form.handleSubmit((values) => mutation.mutate(values));
  // Erasing cannot be undone: turning it on is asked for once more.
  const turnsEraseOn =
    useWatch({ control: form.control, name: "eraseOnRevoke" }) && !settings.eraseOnRevoke;
  const submitLabel = mutation.isPending ? "Saving…" : "Save lifecycle settings";
  return (
    <form className="grid gap-4" noValidate onSubmit={save}>
      <div className="grid gap-4 sm:grid-cols-2">
        <GroupSelect
          id="lifecycle-default-group"
          label="Group of created users"
          hint="A created event puts the user in this policy group, and so in its rooms."
          groups={known(settings.defaultGroup)}
          field={form.register("defaultGroup")}
        />
        <GroupSelect
          id="lifecycle-admin-group"
          label="Admin group"
          hint="Promoted adds the user to this group; demoted removes them. Without one, both are refused."
          groups={known(settings.adminGroup)}
          field={form.register("adminGroup")}
        />
      </div>
      <CheckboxField id="lifecycle-erase" {...form.register("eraseOnRevoke")}>
        Erase revoked accounts (Synapse&apos;s erase: their messages are hidden from people who join
        later, and their profile is removed). Without it, revoked accounts are deactivated only.
      </CheckboxField>
      <div>
        {turnsEraseOn ? (
          <ConfirmDialog
            busy={mutation.isPending}
            trigger={<Button type="button">{submitLabel}</Button>}
            title="Erase revoked accounts?"
            description={`From now on, each revoked account is erased as well as deactivated: its messages are hidden from people who join its rooms later and its profile is removed, for good.${waiting > 0 ? ` This also applies to the ${countOf(waiting, "event")} waiting now.` : ""}`}
            confirmLabel="Save and erase"
            onConfirm={() => void save()}
          />
        ) : (
          <Button type="submit" disabled={mutation.isPending}>
            {submitLabel}
          </Button>
        )}
      </div>
    </form>
  );
}
