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

/** The filters folded behind "Filters" on a phone: all but the free-text search. */
const FOLDED = [
  "actor",
  "action",
  "targetType",
  "target",
  "outcome",
  "run",
  "request",
  "from",
  "to",
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

function TextInput({ name, placeholder, ...props }: Props & { name: string; placeholder: string }) {
  // The free-text search is the one "/" goes to.
  const search = name === "q" ? LIST_SEARCH_FIELD : {};
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
      {...search}
    />
  );
}

/**
 * The History's filters as a plain GET form: the filter lives in the URL, so a view can be shared,
 * reloaded and gone back to. A new filter starts again from the newest entries (no cursor).
 */
export function HistoryFilterForm(props: Props) {
  const text = (name: string, label: string, placeholder: string) => (
    <Field {...props} name={name} label={label}>
      {() => <TextInput {...props} name={name} placeholder={placeholder} />}
    </Field>
  );
  const choice = (name: string, label: string, options: readonly string[], any: string) => (
    <Field {...props} name={name} label={label}>
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
        search={text("q", "Text in input", "e.g. a reason or a room")}
        activeCount={FOLDED.filter((name) => props.values[name]).length}
      >
        {text("actor", "Actor", "e.g. @alice:example.org")}
        {text("action", "Action starts with", "e.g. user. or user.set_admin")}
        {choice("targetType", "Target type", HISTORY_TARGET_TYPES, "Any target")}
        {text("target", "Target ID", "e.g. @bob:example.org")}
        {choice("outcome", "Outcome", HISTORY_OUTCOMES, "Any outcome")}
        {text("run", "Job run ID", "e.g. a run's ID")}
        {text("request", "Request ID", "e.g. an error's reference")}
        {text("from", "From (UTC)", "e.g. 2026-12-01")}
        {text("to", "Before (UTC)", "e.g. 2026-12-02T12:00Z")}
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
