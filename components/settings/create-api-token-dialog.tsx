"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { showFieldErrors } from "@/components/ui/form-failure";
import { createApiToken } from "@/lib/actions/create-api-token";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import {
  API_TOKEN_MAX_DAYS,
  createApiTokenSchema,
  type CreateApiTokenInput,
} from "@/lib/schemas/api-token";

type Created = { token: string; name: string; expiresAt: string };

function CreatedToken({ created }: { created: Created }) {
  return (
    <div className="grid gap-3" data-testid="api-token-created">
      <CopyableSecret
        value={created.token}
        noun="token"
        input={{ "aria-label": `API token ${created.name}` }}
        size="sm"
        className="flex items-center gap-2"
      />
      <p className="text-sm">
        Works until{" "}
        <time dateTime={created.expiresAt}>{new Date(created.expiresAt).toLocaleString()}</time>.
        Send it as <code className="font-mono">Authorization: Bearer …</code> to /api/v1.
      </p>
      <p className="text-sm text-muted-foreground">
        Shown only now: the console keeps only its hash. Copy it before closing this dialog.
      </p>
    </div>
  );
}

/** Makes an API token for a role, with a name and an expiry, and shows it once. */
export function CreateApiTokenDialog() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const mutation = useActionMutation(createApiToken, {
    success: () => null,
    onSuccess: (data) => setCreated(data),
    // The list is refreshed when the dialog closes, so the token stays on screen until then.
    refresh: false,
  });
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      if (created) router.refresh();
      setCreated(null);
      mutation.reset();
    }
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>Create API token</Button>
      </DialogTrigger>
      <DialogContent
        title={created ? `API token ${created.name}` : "Create API token"}
        description={
          created
            ? undefined
            : "A token lets a script call /api/v1 with the role you choose, until it expires or is revoked. Its calls are in the History as token:<name>."
        }
      >
        {created ? (
          <CreatedToken created={created} />
        ) : (
          // Mounted with the dialog's content: each opening starts from the defaults, and a closed
          // dialog holds no form (whose first effect would hold back the page's first frame).
          <CreateApiTokenForm
            pending={mutation.isPending}
            onSubmit={(values, onFieldErrors) =>
              mutation.mutate(values, {
                onSuccess: (result) => {
                  if (!result.ok && result.fieldErrors) onFieldErrors(result.fieldErrors);
                },
              })
            }
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

type CreateApiTokenFormProps = {
  pending: boolean;
  /** Sends the values; the fields the action refuses come back through onFieldErrors. */
  onSubmit: (
    values: CreateApiTokenInput,
    onFieldErrors: (fieldErrors: Record<string, string[]>) => void,
  ) => void;
};

function CreateApiTokenForm({ pending, onSubmit }: CreateApiTokenFormProps) {
  const form = useForm<CreateApiTokenInput>({
    resolver: zodResolver(createApiTokenSchema),
    defaultValues: { name: "", role: "viewer", expiresInDays: 90 },
  });
  const submit = form.handleSubmit((values) =>
    onSubmit(values, (fieldErrors) => showFieldErrors(form, fieldErrors)),
  );
  const errors = form.formState.errors;
  return (
    <form className="grid gap-4" noValidate onSubmit={submit}>
      <div className="grid gap-2">
        <Label htmlFor="api-token-name">Name</Label>
        <Input
          id="api-token-name"
          placeholder="e.g. nightly-report"
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby="api-token-name-error"
          {...form.register("name")}
        />
        <FieldError id="api-token-name-error">
          {errors.name?.message && `Name ${errors.name.message}`}
        </FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="api-token-role">Role</Label>
        <Select id="api-token-role" {...form.register("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="api-token-days">Expires in (days)</Label>
        <Input
          id="api-token-days"
          type="number"
          min={1}
          max={API_TOKEN_MAX_DAYS}
          aria-invalid={errors.expiresInDays ? true : undefined}
          aria-describedby="api-token-days-error"
          {...form.register("expiresInDays")}
        />
        <FieldError id="api-token-days-error">
          {errors.expiresInDays?.message && `Expiry ${errors.expiresInDays.message}`}
        </FieldError>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create token"}
      </Button>
    </form>
  );
}
