import { z } from "zod";
import { firstValues, type SearchParams } from "./search-params";
import { hasNoControlCharacters } from "./text";

export const HISTORY_TARGET_TYPES = ["user", "room", "homeserver", "console"] as const;
export const HISTORY_OUTCOMES = ["success", "failure", "unknown", "pending"] as const;
export const HISTORY_PAGE_SIZE = 50;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine(hasNoControlCharacters, "no control characters")
    .optional()
    .transform((value) => (value ? value : undefined));

/** A date (midnight UTC) or a date and time, as the filter form's fields give them. */
const moment = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a date, such as 2026-12-01` });
      return z.NEVER;
    }
    return date;
  });

/**
 * The History list's filters as they live in the URL. Unlike the Synapse lists, a value that
 * does not parse is refused with its reason, never dropped: a list that silently ignores a
 * filter would answer a question nobody asked.
 */
export const historyFilterSchema = z
  .object({
    actor: text(300),
    /** A prefix of the dotted action name: "user." or "user.set_admin". */
    action: text(100),
    targetType: z.enum(HISTORY_TARGET_TYPES, "user, room, homeserver or console").optional(),
    target: text(300),
    outcome: z.enum(HISTORY_OUTCOMES, "success, failure, unknown or pending").optional(),
    run: z.uuid("a job run's ID").optional(),
    request: z.uuid("a request ID").optional(),
    from: moment,
    to: moment,
    /** Words looked for in the entry's input. */
    q: text(200),
    /** Keyset cursor: entries older than this entry ID. */
    before: z
      .string()
      .regex(/^\d{1,19}$/, "an entry ID")
      // Entry IDs are PostgreSQL bigints; a larger number would fail the query instead of the filter.
      .refine(
        (value) => !/^\d+$/.test(value) || BigInt(value) <= 9_223_372_036_854_775_807n,
        "an entry ID",
      )
      .optional(),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, {
    message: "the end of the time range is before its start",
    path: ["to"],
  });

export type HistoryFilter = z.output<typeof historyFilterSchema>;

export type HistoryFilterParse =
  | { ok: true; filter: HistoryFilter }
  | { ok: false; problems: Array<{ field: string; message: string }> };

export function parseHistoryFilter(raw: SearchParams): HistoryFilterParse {
  const values = Object.fromEntries(
    Object.entries(firstValues(raw)).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = historyFilterSchema.safeParse(values);
  if (parsed.success) return { ok: true, filter: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? "filter"),
      message: issue.message,
    })),
  };
}

/** The URL search string for a filter (without the cursor unless given), leaving out what is unset. */
export function historySearchString(filter: Partial<Record<keyof HistoryFilter, unknown>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, value instanceof Date ? value.toISOString() : String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}
