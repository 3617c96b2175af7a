"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { EVENT_PRESETS } from "@/lib/outbox/presets";
import type { OutcomeFilterValue } from "@/lib/schemas/event-subscription";

/** The fields a rule and a webhook share; the form's values hold at least these. */
export type EventFilterValues = {
  name: string;
  actionPrefix: string;
  outcome: OutcomeFilterValue;
  jobKind: string;
};

export type JobKindChoice = { kind: string; label: string };

type Props = {
  /** Prefix of the fields' IDs, so two forms on one page do not clash. */
  idPrefix: string;
  jobKinds: JobKindChoice[];
};

/**
 * Name, a preset to start from, the action prefix, the outcome and the job kind, inside the
 * form's FormProvider.
 */
export function EventFilterFields({ idPrefix, jobKinds }: Props) {
  const { register, setValue, formState, control } = useFormContext<EventFilterValues>();
  const errors = formState.errors;
  const [actionPrefix, outcome, jobKind] = useWatch({
    control,
    name: ["actionPrefix", "outcome", "jobKind"],
  });
  // The preset the fields hold now, so the choice never names filters that were edited since.
  const current =
    EVENT_PRESETS.find(
      (preset) =>
        preset.actionPrefix === actionPrefix.trim() &&
        preset.outcome === outcome &&
        preset.jobKind === jobKind,
    )?.label ?? "";
  const applyPreset = (label: string) => {
    const preset = EVENT_PRESETS.find((candidate) => candidate.label === label);
    if (!preset) return;
    setValue("actionPrefix", preset.actionPrefix, { shouldValidate: true });
    setValue("outcome", preset.outcome);
    setValue("jobKind", preset.jobKind);
  };
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label="Name"
        placeholder="e.g. Failed jobs to #ops"
        error={errors.name?.message}
        {...register("name")}
      />
      <div className="grid gap-1.5">
        <Label htmlFor={`${idPrefix}-preset`}>Start from</Label>
        <Select
          id={`${idPrefix}-preset`}
          value={current}
          onChange={(event) => applyPreset(event.target.value)}
        >
          <option value="">Your own filter (below)</option>
          {EVENT_PRESETS.map((preset) => (
            <option key={preset.label} value={preset.label}>
              {preset.label}
            </option>
          ))}
        </Select>
      </div>
      <TextField
        id={`${idPrefix}-action`}
        label="Action prefix"
        hint="The audit action starts with this: user.deactivate, token., lifecycle.; job.finished is a job run's end, policy.drift_found a reconcile that found drift. Empty for every event."
        className="font-mono"
        error={errors.actionPrefix?.message}
        {...register("actionPrefix")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid content-start gap-1.5">
          <Label htmlFor={`${idPrefix}-outcome`}>Outcome</Label>
          <Select id={`${idPrefix}-outcome`} {...register("outcome")}>
            <option value="any">Any outcome</option>
            <option value="success">Succeeded</option>
            <option value="failure">Failed</option>
          </Select>
        </div>
        <div className="grid content-start gap-1.5">
          <Label htmlFor={`${idPrefix}-job-kind`}>Job kind</Label>
          <Select id={`${idPrefix}-job-kind`} {...register("jobKind")}>
            <option value="">Any, or no job</option>
            {jobKinds.map((choice) => (
              <option key={choice.kind} value={choice.kind}>
                {choice.label}
              </option>
            ))}
          </Select>
        </div>
      </div>
    </>
  );
}
