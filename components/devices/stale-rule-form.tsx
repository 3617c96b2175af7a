import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { DEFAULT_STALE_RULE } from "@/lib/devices/default-stale-rule";
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

/** One field of the rule: its control and what the form says about it. */
type FieldSpec = {
  name: StaleFormField;
  hint: string;
  /** Shown when the form was not sent yet: a real value, sent as it stands. */
  initial?: string;
  placeholder?: string;
} & ({ kind: "number"; min: number; max: number } | { kind: "lines" });

type FieldProps = FieldSpec & { values: StaleFormValues; errors: Props["errors"] };

/** One field of the rule, its value as sent, its hint and, when refused, the reason under it. */
function RuleField({ name, hint, values, errors, initial, placeholder, ...control }: FieldProps) {
  const id = `stale-${name}`;
  const error = errors[name];
  const field = {
    id,
    name,
    placeholder,
    // Once sent (staleDays is always sent), a missing value is shown missing, as it is refused.
    defaultValue: values[name] ?? (values.staleDays === undefined ? initial : undefined) ?? "",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `${id}-hint ${id}-error`,
  };
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{STALE_FIELD_LABELS[name]}</Label>
      {control.kind === "number" ? (
        <Input {...field} type="number" min={control.min} max={control.max} />
      ) : (
        <Textarea {...field} rows={3} />
      )}
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {hint}
      </p>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}

/** The rule's fields in the form's order. */
const FIELDS: FieldSpec[] = [
  {
    name: "staleDays",
    kind: "number",
    min: 1,
    max: MAX_STALE_DAYS,
    initial: String(DEFAULT_STALE_RULE.olderThanDays),
    hint: `1 to ${MAX_STALE_DAYS.toLocaleString("en")}.`,
  },
  {
    name: "staleNever",
    kind: "number",
    min: 0,
    max: MAX_STALE_DAYS,
    placeholder: "e.g. 30",
    hint: "Empty: never-used devices are kept. 0: accounts of any age, even ones created today.",
  },
  {
    name: "staleKeep",
    kind: "number",
    min: 0,
    max: MAX_KEEP_MOST_RECENT,
    initial: String(DEFAULT_STALE_RULE.keepMostRecent),
    hint: `0 to ${MAX_KEEP_MOST_RECENT} devices, the most recently used, kept even when old.`,
  },
  {
    name: "staleOnly",
    kind: "lines",
    placeholder: "e.g. @alice:example.org",
    hint: "IDs or globs, one per line: * is any characters, ? one. Empty: every user.",
  },
  {
    name: "staleExclude",
    kind: "lines",
    placeholder: "e.g. @_discord_*",
    hint: "Globs, one per line, e.g. @*-bridge:*. These users are never touched.",
  },
];

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
      {FIELDS.map((field) => (
        <RuleField key={field.name} {...field} values={values} errors={errors} />
      ))}
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
