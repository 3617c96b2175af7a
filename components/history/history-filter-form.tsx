import { IntentLink } from "@/components/ui/intent-link";
import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import type { ReactNode } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { HistoryFiltersFold } from "./history-filters-fold";
import { HISTORY_OUTCOMES, HISTORY_TARGET_TYPES } from "@/lib/schemas/history-filter";

type TextSpec = { name: string; label: string; placeholder: string };
type ChoiceSpec = { name: string; label: string; options: readonly string[]; any: string };

/** The free-text search, in view at every width; "/" goes to it. */
const SEARCH: TextSpec = {
  name: "q",
  label: "Text in input",
  placeholder: "e.g. a reason or a room",
};

/** The other filters, folded behind "Filters" on a phone, in their order on the form. */
const FOLDED: (TextSpec | ChoiceSpec)[] = [
  { name: "actor", label: "Actor", placeholder: "e.g. @alice:example.org" },
  { name: "action", label: "Action starts with", placeholder: "e.g. user. or user.set_admin" },
  { name: "targetType", label: "Target type", options: HISTORY_TARGET_TYPES, any: "Any target" },
  { name: "target", label: "Target ID", placeholder: "e.g. @bob:example.org" },
  { name: "outcome", label: "Outcome", options: HISTORY_OUTCOMES, any: "Any outcome" },
  { name: "run", label: "Job run ID", placeholder: "e.g. a run's ID" },
  { name: "request", label: "Request ID", placeholder: "e.g. an error's reference" },
  { name: "from", label: "From (UTC)", placeholder: "e.g. 2026-12-01" },
  { name: "to", label: "Before (UTC)", placeholder: "e.g. 2026-12-02T12:00Z" },
];

type Props = {
  /** The URL's values as typed, refused ones included, so the person sees what to fix. */
  values: Record<string, string | undefined>;
  /** Why a value was refused, by field. */
  problems: Record<string, string>;
};

type FieldProps = Props & { name: string; label: string; children: (id: string) => ReactNode };

function Field({ name, label, problems, children }: FieldProps) {
  const id = `history-${name}`;
  return (
    <div className="grid content-start gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children(id)}
      <FieldError id={`${id}-error`}>{problems[name] && `${label}: ${problems[name]}`}</FieldError>
    </div>
  );
}

function TextInput({
  name,
  placeholder,
  extra,
  ...props
}: Props & { name: string; placeholder: string; extra?: object }) {
  const error = props.problems[name];
  return (
    <Input
      id={`history-${name}`}
      name={name}
      defaultValue={props.values[name] ?? ""}
      placeholder={placeholder}
      autoComplete="off"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `history-${name}-error` : undefined}
      {...extra}
    />
  );
}

/**
 * The History's filters as a plain GET form: the filter lives in the URL, so a view can be shared,
 * reloaded and gone back to. A new filter starts again from the newest entries (no cursor).
 */
export function HistoryFilterForm(props: Props) {
  const text = ({ name, label, placeholder }: TextSpec, extra?: object) => (
    <Field key={name} {...props} name={name} label={label}>
      {() => <TextInput {...props} name={name} placeholder={placeholder} extra={extra} />}
    </Field>
  );
  const choice = ({ name, label, options, any }: ChoiceSpec) => (
    <Field key={name} {...props} name={name} label={label}>
      {(id) => (
        <Select id={id} name={name} defaultValue={props.values[name] ?? ""}>
          <option value="">{any}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
  return (
    <form method="get" action="/history" role="search" className="grid gap-4 md:grid-cols-4">
      <HistoryFiltersFold
        search={text(SEARCH, LIST_SEARCH_FIELD)}
        activeCount={FOLDED.filter(({ name }) => props.values[name]).length}
      >
        {FOLDED.map((spec) => ("options" in spec ? choice(spec) : text(spec)))}
      </HistoryFiltersFold>
      <div className="flex items-end gap-2 md:col-span-2">
        <Button type="submit" variant="outline">
          Apply filters
        </Button>
        <IntentLink className={buttonVariants({ variant: "ghost" })} href="/history">
          Clear
        </IntentLink>
      </div>
    </form>
  );
}
