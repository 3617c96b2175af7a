"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { showFieldErrors } from "@/components/ui/form-failure";
import { createWebhook } from "@/lib/actions/create-webhook";
import { createWebhookSchema, type CreateWebhookInput } from "@/lib/schemas/event-subscription";
import { EventFilterFields, type JobKindChoice } from "./event-filter-fields";

const EMPTY: CreateWebhookInput = {
  name: "",
  webhookUrl: "",
  webhookAllowPrivate: false,
  actionPrefix: "",
  outcome: "any",
  jobKind: "",
};

type Created = { name: string; secret: string };

function CreatedWebhook({ created }: { created: Created }) {
  return (
    <div className="grid gap-3" data-testid="webhook-created">
      <CopyableSecret
        value={created.secret}
        noun="secret"
        input={{ "aria-label": `Signing secret of ${created.name}` }}
        size="sm"
        className="flex items-center gap-2"
      />
      <p className="text-sm">
        Each request carries <code className="font-mono">X-Console-Timestamp</code> and{" "}
        <code className="font-mono">X-Console-Signature: v1=…</code>, the HMAC-SHA256 of{" "}
        <code className="font-mono">timestamp.body</code> with this secret (see the README).
      </p>
      <p className="text-sm text-muted-foreground">
        Shown only now: the console keeps it encrypted and never shows it again. Copy it before
        closing this dialog.
      </p>
    </div>
  );
}

/** Subscribes a URL to events; shows the signing secret once. */
export function CreateWebhookDialog({ jobKinds }: { jobKinds: JobKindChoice[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const mutation = useActionMutation(createWebhook, {
    success: () => null,
    onSuccess: (data) => setCreated({ name: data.name, secret: data.secret }),
    // The list is refreshed when the dialog closes, so the secret stays on screen until then.
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
        <Button>Add webhook</Button>
      </DialogTrigger>
      <DialogContent
        title={created ? `Webhook ${created.name}` : "Add webhook"}
        description={
          created
            ? undefined
            : "Events that match are POSTed to the URL as JSON, signed with a secret the console makes now. Failed requests are retried with backoff."
        }
      >
        {created ? (
          <CreatedWebhook created={created} />
        ) : (
          // Mounted with the dialog's content: each opening starts empty, and a closed dialog holds
          // no form (whose first effect would hold back the page's first frame).
          <CreateWebhookForm
            jobKinds={jobKinds}
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

type CreateWebhookFormProps = {
  jobKinds: JobKindChoice[];
  pending: boolean;
  /** Sends the values; the fields the action refuses come back through onFieldErrors. */
  onSubmit: (
    values: CreateWebhookInput,
    onFieldErrors: (fieldErrors: Record<string, string[]>) => void,
  ) => void;
};

function CreateWebhookForm({ jobKinds, pending, onSubmit }: CreateWebhookFormProps) {
  const form = useForm<CreateWebhookInput>({
    resolver: zodResolver(createWebhookSchema),
    defaultValues: EMPTY,
  });
  const submit = form.handleSubmit((values) =>
    onSubmit(values, (fieldErrors) => showFieldErrors(form, fieldErrors)),
  );
  return (
    <FormProvider {...form}>
      <form className="grid gap-4" noValidate onSubmit={submit}>
        <EventFilterFields idPrefix="webhook" jobKinds={jobKinds} />
        <TextField
          id="webhook-url"
          label="URL"
          placeholder="https://hooks.example.org/console"
          error={form.formState.errors.webhookUrl?.message}
          {...form.register("webhookUrl")}
        />
        <CheckboxField id="webhook-allow-private" {...form.register("webhookAllowPrivate")}>
          Allow a private or loopback address (and plain http)
        </CheckboxField>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save webhook"}
        </Button>
      </form>
    </FormProvider>
  );
}
