"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { createJob } from "@/lib/actions/create-job";
import { updateJob } from "@/lib/actions/update-job";
import type { ActionResult } from "@/lib/actions/action-result";
import { jobDefinitionFieldsSchema, type JobDefinitionFields } from "@/lib/jobs/definition-schema";
import type { ParamForm } from "@/lib/jobs/param-fields";
import { CronPreview } from "./cron-preview";
import { ParamFields } from "./param-fields";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

type KindChoice = {
  kind: JobDefinitionFields["kind"];
  label: string;
  available: boolean;
  /** The kind's parameters as fields, made from its schema on the server. */
  form?: ParamForm;
};

type Props = {
  kinds: KindChoice[];
  /** The job being edited; a new one when absent. */
  job?: { id: string; fields: JobDefinitionFields };
  /** Fields a new job starts with, such as a kind chosen by the link that led here. */
  preset?: Partial<JobDefinitionFields>;
  /** The server's time, so the preview's next runs render the same on server and browser. */
  now: string;
};

const FIELD_NAMES = ["name", "kind", "params", "cron", "timezone", "enabled"] as const;

/**
 * Creates or edits a job definition. The kind's parameters are fields made from its schema, in step
 * with the JSON the form saves (checked by the kind's schema on save), which also holds what no
 * field can (lists of devices, nested rules).
 */
export function JobForm({ kinds, job, now, preset }: Props) {
  const router = useRouter();
  const firstKind = kinds.find((choice) => choice.available)?.kind ?? "device_scan";
  const form = useForm<JobDefinitionFields>({
    resolver: zodResolver(jobDefinitionFieldsSchema),
    defaultValues: job?.fields ?? {
      name: "",
      kind: firstKind,
      params: "{}",
      cron: "",
      timezone: "UTC",
      enabled: true,
      ...preset,
    },
  });
  const [cron, timezone, kind, params] = useWatch({
    control: form.control,
    name: ["cron", "timezone", "kind", "params"],
  });
  const paramForm = kinds.find((choice) => choice.kind === kind)?.form;
  // Each kind takes its own parameters: switching kind sets aside the text typed for the one left,
  // and brings back what was typed for the one chosen (else nothing), so no stray field is sent.
  const [paramsByKind] = useState(() => new Map<string, string>());
  const kindField = form.register("kind", {
    onChange: (event: { target: { value: string } }) => {
      paramsByKind.set(kind, form.getValues("params"));
      const restored = paramsByKind.get(event.target.value) ?? "{}";
      form.setValue("params", restored, { shouldDirty: true, shouldValidate: true });
    },
  });
  const mutation = useMutation({
    mutationFn: (values: JobDefinitionFields): Promise<ActionResult<{ id: string }>> =>
      job ? updateJob({ id: job.id, fields: values }) : createJob(values),
    onSuccess: (result) => {
      if (!result.ok) {
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
          const name = FIELD_NAMES.find((known) => known === field || `fields.${known}` === field);
          if (name) form.setError(name, { message: messages[0] });
        }
        form.setError("root", { message: result.error });
        return;
      }
      toast.success(job ? "The job is saved." : "The job is created.");
      if (job) return router.refresh();
      router.push(`/jobs/${result.data.id}`);
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  const { errors } = form.formState;
  const field = (name: (typeof FIELD_NAMES)[number]) => ({
    id: `job-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": `job-${name}-error`,
  });

  return (
    <form
      className="grid max-w-2xl gap-4"
      onSubmit={form.handleSubmit((values) => mutation.mutate(values))}
      noValidate
    >
      <div className="grid gap-2">
        <Label htmlFor="job-name">Name</Label>
        <Input
          placeholder="e.g. Weekly device scan"
          autoComplete="off"
          {...field("name")}
          {...form.register("name")}
        />
        <FieldError id="job-name-error">{errors.name && `Name ${errors.name.message}`}</FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="job-kind">Kind</Label>
        <Select {...field("kind")} {...kindField}>
          {kinds.map((choice) => (
            <option key={choice.kind} value={choice.kind} disabled={!choice.available}>
              {choice.available ? choice.label : `${choice.label} (not available yet)`}
            </option>
          ))}
        </Select>
      </div>
      {paramForm ? (
        <ParamFields
          form={paramForm}
          text={params}
          onChange={(text) =>
            form.setValue("params", text, { shouldDirty: true, shouldValidate: true })
          }
        />
      ) : null}
      <div className="grid gap-2">
        <Label htmlFor="job-params">Parameters (JSON)</Label>
        <Textarea
          className="font-mono text-xs"
          rows={5}
          spellCheck={false}
          {...field("params")}
          {...form.register("params")}
        />
        <FieldError id="job-params-error">
          {errors.params && `Parameters ${errors.params.message}`}
        </FieldError>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid gap-2">
          <Label htmlFor="job-cron">Schedule (cron, five fields)</Label>
          <Input
            className="font-mono"
            placeholder="e.g. 0 3 * * *"
            autoComplete="off"
            {...field("cron")}
            {...form.register("cron")}
          />
          <FieldError id="job-cron-error">
            {errors.cron && `Schedule ${errors.cron.message}`}
          </FieldError>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="job-timezone">Timezone</Label>
          <Input
            placeholder="e.g. Europe/Berlin"
            autoComplete="off"
            {...field("timezone")}
            {...form.register("timezone")}
          />
          <FieldError id="job-timezone-error">
            {errors.timezone && `Timezone ${errors.timezone.message}`}
          </FieldError>
        </div>
      </div>
      <CronPreview cron={cron} timezone={timezone} from={new Date(now)} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("enabled")} />
        Enabled (runs on its schedule)
      </label>
      <FieldError role="alert">{errors.root?.message}</FieldError>
      <div className="flex justify-end">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : job ? "Save job" : "Create job"}
        </Button>
      </div>
    </form>
  );
}
