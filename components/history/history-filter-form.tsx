"use client";

import type { ReactNode } from "react";
import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import type { ActiveFilter } from "@/components/list-filters/active-filter-chips";
import { LiveFilterForm } from "@/components/list-filters/live-filter-form";
import { APPLIES_ON_COMMIT } from "@/components/list-filters/use-live-filters";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  HISTORY_OUTCOMES,
  HISTORY_TARGET_TYPES,
  historySearchString,
} from "@/lib/schemas/history-filter";

type TextSpec = {
  name: string;
  label: string;
  placeholder: string;
  /** A value with a form (a date, an ID), applied as the field is left rather than as typed. */
  formatted?: true;
};
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
  { name: "run", label: "Job run ID", placeholder: "e.g. a run's ID", formatted: true },
  {
    name: "request",
    label: "Request ID",
    placeholder: "e.g. an error's reference",
    formatted: true,
  },
  { name: "from", label: "From (UTC)", placeholder: "e.g. 2026-12-01", formatted: true },
  { name: "to", label: "Before (UTC)", placeholder: "e.g. 2026-12-02T12:00Z", formatted: true },
];

/** Every field the form holds, in the order its URLs name them. */
const FIELD_NAMES = [SEARCH.name, ...FOLDED.map(({ name }) => name)];

/** The History's URL for these field values (no cursor: a new filter starts at the newest). */
function historyHref(values: Record<string, string | undefined>): string {
  const fields = Object.fromEntries(FIELD_NAMES.map((name) => [name, values[name]?.trim()]));
  return `/history${historySearchString(fields)}`;
}

type Props = {
  /** The URL's values as typed, refused ones included, so the person sees what to fix. */
  values: Record<string, string | undefined>;
  /** Why a value was refused, by field. */
  problems: Record<string, string>;
};

const idOf = (name: string) => `history-${name}`;
const errorIdOf = (name: string) => `${idOf(name)}-error`;

/** A field's label, its control and why its value was refused. */
function Field({
  name,
  label,
  problem,
  children,
}: {
  name: string;
  label: string;
  problem?: string;
  children: ReactNode;
}) {
  return (
    <div className="grid content-start gap-1.5">
      <Label htmlFor={idOf(name)}>{label}</Label>
      {children}
      <FieldError id={errorIdOf(name)}>{problem && `${label}: ${problem}`}</FieldError>
    </div>
  );
}

/**
 * The History's filters, applied as they change (LiveFilterForm): the filter lives in the URL, so
 * a view can be shared, reloaded and gone back to. A value the History refuses stays in its field
 * with the reason under it.
 */
export function HistoryFilterForm({ values, problems }: Props) {
  const invalid = (name: string) =>
    problems[name] ? { "aria-invalid": true, "aria-describedby": errorIdOf(name) } : {};
  const textInput = ({ name, placeholder, formatted }: TextSpec, extra?: object) => (
    <Input
      id={idOf(name)}
      name={name}
      type="search"
      defaultValue={values[name] ?? ""}
      placeholder={placeholder}
      autoComplete="off"
      {...invalid(name)}
      {...(formatted ? APPLIES_ON_COMMIT : {})}
      {...extra}
    />
  );
  const choice = ({ name, options, any }: ChoiceSpec) => {
    const value = values[name] ?? "";
    // A value from the URL that is no choice stays chosen, refused, until another is picked.
    const refused = value !== "" && !options.includes(value);
    return (
      <Select id={idOf(name)} name={name} defaultValue={value} {...invalid(name)}>
        <option value="">{any}</option>
        {refused ? <option value={value}>{value} (not a choice)</option> : null}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    );
  };
  const active: ActiveFilter[] = FOLDED.filter(({ name }) => values[name]).map(
    ({ name, label }) => ({
      label: `${label}: ${values[name]}`,
      removeHref: historyHref({ ...values, [name]: undefined }),
    }),
  );
  return (
    <LiveFilterForm
      action="/history"
      current={historyHref(values)}
      hrefOf={historyHref}
      active={active}
      clearHref={FIELD_NAMES.some((name) => values[name]) ? "/history" : null}
      className="md:grid md:grid-cols-4 md:gap-4"
      searchId={idOf(SEARCH.name)}
      searchLabel={SEARCH.label}
      searchError={problems[SEARCH.name] && `${SEARCH.label}: ${problems[SEARCH.name]}`}
      search={textInput(SEARCH, LIST_SEARCH_FIELD)}
      filters={FOLDED.map((spec) => (
        <Field key={spec.name} name={spec.name} label={spec.label} problem={problems[spec.name]}>
          {"options" in spec ? choice(spec) : textInput(spec)}
        </Field>
      ))}
    />
  );
}
