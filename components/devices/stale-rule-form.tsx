import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { DeviceSearch } from "@/lib/devices/device-search";
import {
  STALE_FIELD_LABELS,
  type StaleFormField,
  type StaleFormValues,
  type StaleProblemField,
} from "@/lib/devices/stale-form";
import { MAX_KEEP_MOST_RECENT, MAX_STALE_DAYS } from "@/lib/devices/stale-rule";
import { HiddenFields } from "./hidden-fields";

type Props = {
  search: DeviceSearch;
  /** The form's values as sent, refused ones included, so a person sees what was refused. */
  values: StaleFormValues;
  errors: Partial<Record<StaleProblemField, string>>;
};

type FieldProps = {
  name: StaleFormField;
  label: string;
  hint?: string;
  error: string | undefined;
  children: (described: {
    id: string;
    "aria-invalid"?: true;
    "aria-describedby": string;
  }) => ReactNode;
  className?: string;
};

/** One field of the rule with its hint and, when refused, the reason under it. */
function RuleField({ name, label, hint, error, children, className }: FieldProps) {
  const id = `stale-${name}`;
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <Label htmlFor={id}>{label}</Label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": `${id}-hint ${id}-error`,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}

/**
 * The stale-device rule as a GET form: sending it shows the dry run below. The server checks it
 * with the rule's schema (the browser's own range checks are off, so a refusal always reads the
 * same, typed or from a URL).
 */
export function StaleRuleForm({ search, values, errors }: Props) {
  return (
    <form
      method="get"
      action="/devices"
      aria-label="Stale-device rule"
      noValidate
      className="grid gap-4 md:grid-cols-3"
    >
      <HiddenFields
        values={{
          seen: search.seen,
          days: search.days,
          ua: search.ua,
          user: search.user,
          type: search.type,
          dir: search.dir,
        }}
      />
      <RuleField
        name="staleDays"
        label={STALE_FIELD_LABELS.staleDays}
        hint={`1 to ${MAX_STALE_DAYS.toLocaleString("en")}.`}
        error={errors.staleDays}
      >
        {(field) => (
          <Input
            {...field}
            name="staleDays"
            type="number"
            min={1}
            max={MAX_STALE_DAYS}
            defaultValue={values.staleDays ?? "90"}
          />
        )}
      </RuleField>
      <RuleField
        name="staleNever"
        label={STALE_FIELD_LABELS.staleNever}
        hint="Empty: never-used devices are kept. 0: accounts of any age, even ones created today."
        error={errors.staleNever}
      >
        {(field) => (
          <Input
            {...field}
            name="staleNever"
            type="number"
            min={0}
            max={MAX_STALE_DAYS}
            placeholder="e.g. 30"
            defaultValue={values.staleNever ?? ""}
          />
        )}
      </RuleField>
      <RuleField
        name="staleKeep"
        label={STALE_FIELD_LABELS.staleKeep}
        hint={`0 to ${MAX_KEEP_MOST_RECENT} devices, the most recently used, kept even when old.`}
        error={errors.staleKeep}
      >
        {(field) => (
          <Input
            {...field}
            name="staleKeep"
            type="number"
            min={0}
            max={MAX_KEEP_MOST_RECENT}
            defaultValue={values.staleKeep ?? "1"}
          />
        )}
      </RuleField>
      <RuleField
        name="staleOnly"
        label={STALE_FIELD_LABELS.staleOnly}
        hint="IDs or globs, one per line: * is any characters, ? one. Empty: every user."
        error={errors.staleOnly}
      >
        {(field) => (
          <Textarea
            {...field}
            name="staleOnly"
            rows={3}
            placeholder="e.g. @alice:example.org"
            defaultValue={values.staleOnly ?? ""}
          />
        )}
      </RuleField>
      <RuleField
        name="staleExclude"
        label={STALE_FIELD_LABELS.staleExclude}
        hint="Globs, one per line, e.g. @*-bridge:*. These users are never touched."
        error={errors.staleExclude}
      >
        {(field) => (
          <Textarea
            {...field}
            name="staleExclude"
            rows={3}
            placeholder="e.g. @_discord_*"
            defaultValue={values.staleExclude ?? ""}
          />
        )}
      </RuleField>
      <div className="flex flex-col justify-end gap-3">
        <p className="text-sm text-muted-foreground">
          The device list’s user filter narrows this list too. The console’s own account is always
          excluded. Ages count from when the snapshot was taken.
        </p>
        <Button type="submit" variant="outline" className="self-start">
          Dry run
        </Button>
      </div>
    </form>
  );
}
