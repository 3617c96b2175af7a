import type { SearchParams } from "@/lib/schemas/search-params";
import { firstValues } from "@/lib/schemas/search-params";
import { staleRuleSchema, type StaleRule } from "./stale-rule";

/** The stale-rule form's fields (URL keys), each with the rule field it fills. */
const RULE_FIELD_OF_FORM = {
  staleDays: "olderThanDays",
  staleNever: "neverSeenCreatedBeforeDays",
  staleKeep: "keepMostRecent",
  staleExclude: "excludeUsers",
  staleOnly: "onlyUsers",
} as const;
export type StaleFormField = keyof typeof RULE_FIELD_OF_FORM;
export const STALE_FORM_FIELDS = Object.keys(RULE_FIELD_OF_FORM) as StaleFormField[];

/** The form's values exactly as the URL holds them, so a refused value is shown as it was sent. */
export type StaleFormValues = Partial<Record<StaleFormField, string>>;

/** Where a refusal is shown: one of the form's fields, or the device list's user filter. */
export type StaleProblemField = StaleFormField | "user";

export type StaleRuleReading =
  | { state: "unset" }
  | { state: "refused"; errors: Partial<Record<StaleProblemField, string>> }
  | { state: "ok"; rule: StaleRule };

export function readStaleForm(raw: SearchParams): StaleFormValues {
  const values = firstValues(raw);
  const form: StaleFormValues = {};
  for (const field of STALE_FORM_FIELDS)
    if (values[field] !== undefined) form[field] = values[field];
  return form;
}

/** Patterns as typed: one per line or comma separated. */
export function splitGlobs(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[\n,]/)
    .map((glob) => glob.trim())
    .filter((glob) => glob.length > 0);
}

/** A number field's text: empty is absent, digits are the number, anything else stays text to be refused. */
function numberText(text: string | undefined): number | string | undefined {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return undefined;
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Each field's label, as the form shows it and as a refusal names it. */
export const STALE_FIELD_LABELS: Record<StaleProblemField, string> = {
  staleDays: "Last used more than (days)",
  staleNever: "Never used, account older than (days)",
  staleKeep: "Keep most recent per user",
  staleOnly: "Only these users",
  staleExclude: "Exclude users",
  user: "User contains",
};

const FORM_FIELD_OF_RULE: Record<string, StaleProblemField> = {
  ...Object.fromEntries(Object.entries(RULE_FIELD_OF_FORM).map(([form, rule]) => [rule, form])),
  userContains: "user",
};

/** The form field that shows a rule field (`keepMostRecent` → `staleKeep`), if any. */
export const formFieldOfRule = (ruleField: string): StaleProblemField | undefined =>
  FORM_FIELD_OF_RULE[ruleField];

/**
 * The stale rule the form (or a URL) asks for, through the same schema the revoke action checks.
 * A value out of range is refused with its field's message, never replaced: with any refusal
 * there is no rule, so no list and no revoke. `userFilter` is the device list's user filter,
 * which narrows the stale list too.
 */
export function readStaleRule(
  form: StaleFormValues,
  userFilter: string | undefined,
): StaleRuleReading {
  // The dry run is asked for once its form was sent, which always sends staleDays.
  if (form.staleDays === undefined) return { state: "unset" };
  const parsed = staleRuleSchema.safeParse({
    olderThanDays: numberText(form.staleDays),
    neverSeenCreatedBeforeDays: numberText(form.staleNever) ?? null,
    keepMostRecent: numberText(form.staleKeep),
    excludeUsers: splitGlobs(form.staleExclude),
    onlyUsers: splitGlobs(form.staleOnly),
    userContains: userFilter?.trim() || null,
  });
  if (parsed.success) return { state: "ok", rule: parsed.data };
  const errors: Partial<Record<StaleProblemField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = formFieldOfRule(String(issue.path[0]));
    if (field) errors[field] ??= issue.message;
  }
  return { state: "refused", errors };
}
