import { z } from "zod";
import { firstValues, type SearchParams } from "@/lib/schemas/search-params";
import {
  CLEANUP_TARGETS,
  mediaCleanupParamsSchema,
  type CleanupTarget,
  type MediaCleanupParams,
} from "@/lib/schemas/media-cleanup";

/** A clean-up form's fields as the URL holds them (the forms are GET forms, so a dry run is a link). */
export type CleanupFormValues = { days: string; before: string; sizeMb: string; avatars: boolean };

export type CleanupReading =
  | { state: "none" }
  | { state: "refused"; errors: Partial<Record<keyof CleanupFormValues, string>> }
  | { state: "ok"; params: MediaCleanupParams };

export type CleanupForm = {
  target: CleanupTarget;
  values: CleanupFormValues;
  reading: CleanupReading;
};

const EMPTY: CleanupFormValues = { days: "", before: "", sizeMb: "", avatars: false };

/** "30" as 30; "" as undefined; anything else as NaN, which the schema refuses. */
function numberOrNothing(text: string): number | undefined {
  if (text === "") return undefined;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** Which schema field a refusal belongs to, as the form names it. */
const FIELD_OF: Record<string, keyof CleanupFormValues> = {
  olderThanDays: "days",
  before: "before",
  largerThanBytes: "sizeMb",
};

/**
 * The clean-up the URL asks for: nothing when no form was sent, the refusals by field, or the
 * parameters a run (or a saved job) would get. Sizes are typed in MB (1,000,000 bytes).
 */
export function readCleanupForm(raw: SearchParams): CleanupForm | null {
  const search = firstValues(raw);
  const target = z.enum(CLEANUP_TARGETS).safeParse(search.cleanup);
  if (!target.success) return null;
  const values: CleanupFormValues = {
    days: (search.days ?? "").trim().slice(0, 20),
    before: (search.before ?? "").trim().slice(0, 20),
    sizeMb: (search.size_mb ?? "").trim().slice(0, 20),
    avatars: search.avatars === "on",
  };
  if (values.days === "" && values.before === "" && values.sizeMb === "") {
    return { target: target.data, values, reading: { state: "none" } };
  }
  const megabytes = numberOrNothing(values.sizeMb);
  const input =
    target.data === "local"
      ? {
          target: "local",
          olderThanDays: numberOrNothing(values.days),
          before: values.before || undefined,
          largerThanBytes: megabytes === undefined ? 0 : Math.round(megabytes * 1_000_000),
          keepProfiles: !values.avatars,
        }
      : {
          target: "remote_cache",
          olderThanDays: numberOrNothing(values.days),
          before: values.before || undefined,
        };
  const parsed = mediaCleanupParamsSchema.safeParse(input);
  if (parsed.success)
    return { target: target.data, values, reading: { state: "ok", params: parsed.data } };
  const errors: Partial<Record<keyof CleanupFormValues, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF[String(issue.path[0])] ?? "days";
    errors[field] ??= issue.code === "invalid_type" ? "must be a number" : issue.message;
  }
  return { target: target.data, values, reading: { state: "refused", errors } };
}

export const emptyCleanupValues = EMPTY;

/** The Media page's link for a clean-up form filled with `values`. */
export function cleanupQuery(target: CleanupTarget, values: CleanupFormValues): string {
  const query = new URLSearchParams({ cleanup: target });
  if (values.days) query.set("days", values.days);
  if (values.before) query.set("before", values.before);
  if (target === "local" && values.sizeMb) query.set("size_mb", values.sizeMb);
  if (target === "local" && values.avatars) query.set("avatars", "on");
  return `?${query.toString()}`;
}
