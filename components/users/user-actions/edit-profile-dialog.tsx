"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { updateUserProfile } from "@/lib/actions/update-user-profile";
import { updateUserProfileSchema, type UpdateUserProfileInput } from "@/lib/schemas/user-actions";
import type { SynapseUser } from "@/lib/synapse/user-schemas";
import { useActionMutation } from "@/components/ui/use-action-mutation";

const toDefaults = (user: SynapseUser): UpdateUserProfileInput => ({
  userId: user.name,
  displayName: user.displayname ?? "",
  avatarUrl: user.avatar_url ?? "",
  threepids: user.threepids.map((t) => `${t.medium}:${t.address}`).join("\n"),
  externalIds: user.external_ids.map((e) => `${e.auth_provider}:${e.external_id}`).join("\n"),
});

type FieldName = Exclude<keyof UpdateUserProfileInput, "userId">;
const FIELDS: Array<{ name: FieldName; label: string; multiline?: boolean; hint?: string }> = [
  { name: "displayName", label: "Display name" },
  { name: "avatarUrl", label: "Avatar URL", hint: "e.g. mxc://example.org/abc123" },
  {
    name: "threepids",
    label: "Third-party IDs",
    multiline: true,
    hint: "e.g. email:bob@example.org",
  },
  { name: "externalIds", label: "External IDs", multiline: true, hint: "e.g. oidc:4711" },
];

/** Edits display name, avatar URL, 3PIDs and external IDs in one go. */
export function EditProfileDialog({ user }: { user: SynapseUser }) {
  const [open, setOpen] = useState(false);
  const mutation = useActionMutation(updateUserProfile, {
    success: (data) =>
      data.changed.length === 0
        ? `Nothing changed for ${user.name}.`
        : `The profile of ${user.name} was saved.`,
    onSuccess: () => setOpen(false),
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Edit profile
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Edit the profile of ${user.name}`}
        description="Third-party and external IDs: one per line, as kind:value. The lists replace the old ones."
      >
        {/* Mounted with the dialog's content: each opening starts from what the page shows now, not
            from an earlier draft, and a closed dialog holds no form (whose first effect would hold
            back the page's first frame). */}
        <EditProfileForm
          user={user}
          pending={mutation.isPending}
          onSubmit={(values) => mutation.mutate(values)}
        />
      </DialogContent>
    </Dialog>
  );
}

type EditProfileFormProps = {
  user: SynapseUser;
  pending: boolean;
  onSubmit: (values: UpdateUserProfileInput) => void;
};

function EditProfileForm({ user, pending, onSubmit }: EditProfileFormProps) {
  const form = useForm<UpdateUserProfileInput>({
    resolver: zodResolver(updateUserProfileSchema),
    defaultValues: toDefaults(user),
  });
  const { errors } = form.formState;

  return (
    <form className="grid gap-4" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {FIELDS.map(({ name, label, multiline, hint }) => {
        const id = `profile-${name}`;
        const Field = multiline ? Textarea : Input;
        return (
          <div key={name} className="grid gap-2">
            <Label htmlFor={id}>{label}</Label>
            <Field
              id={id}
              placeholder={hint}
              autoComplete="off"
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={`${id}-error`}
              {...form.register(name)}
            />
            <FieldError id={`${id}-error`}>
              {errors[name] && `${label} ${errors[name].message}`}
            </FieldError>
          </div>
        );
      })}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
