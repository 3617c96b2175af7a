import { z } from "zod";
import { firstValues } from "@/lib/schemas/search-params";
import { hasNoControlCharacters, hasNoControlCharactersButLines } from "@/lib/schemas/text";
import { staleRuleSchema, type StaleRule } from "./stale-rule";

export const DEVICE_PAGE_SIZE = 50;
export const STALE_PAGE_SIZE = 50;

export const SEEN_FILTERS = ["any", "never", "older"] as const;
export const DEVICE_USER_TYPES = ["all", "normal", "bot", "support"] as const;
export type DeviceUserType = (typeof DEVICE_USER_TYPES)[number];

// PostgreSQL refuses a NUL in a query parameter: such a value falls back like any other bad one.
const text = z.string().trim().max(256).refine(hasNoControlCharacters).optional().catch(undefined);
const page = z.coerce.number().int().min(1).max(100_000).catch(1);
const optionalDays = z.coerce.number().int().min(1).max(3650).optional().catch(undefined);

/** The Devices page's state as it lives in the URL: the device list, and the stale dry run. */
export const deviceSearchSchema = z.object({
  seen: z.enum(SEEN_FILTERS).catch("any"),
  days: z.coerce.number().int().min(1).max(3650).catch(30),
  ua: text,
  user: text,
  type: z.enum(DEVICE_USER_TYPES).catch("all"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page,
  // The dry run is shown only once its form was sent, which sets staleDays.
  staleDays: optionalDays,
  staleNever: optionalDays,
  staleKeep: z.coerce.number().int().min(0).max(100).catch(1),
  staleExclude: z
    .string()
    .max(5000)
    .refine(hasNoControlCharactersButLines)
    .optional()
    .catch(undefined),
  stalePage: page,
});
export type DeviceSearch = z.output<typeof deviceSearchSchema>;

export function parseDeviceSearch(raw: Record<string, string | string[] | undefined>) {
  const parsed = deviceSearchSchema.parse(firstValues(raw));
  return { ...parsed, ua: parsed.ua || undefined, user: parsed.user || undefined };
}

/** Exclusion globs as typed: one per line or comma separated. */
export function splitGlobs(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[\n,]/)
    .map((glob) => glob.trim())
    .filter((glob) => glob.length > 0);
}

/** The stale rule the URL asks for, or null before the dry-run form was sent. */
export function staleRuleFromSearch(search: DeviceSearch): StaleRule | null {
  if (search.staleDays === undefined) return null;
  const parsed = staleRuleSchema.safeParse({
    olderThanDays: search.staleDays,
    neverSeenCreatedBeforeDays: search.staleNever,
    keepMostRecent: search.staleKeep,
    excludeUsers: splitGlobs(search.staleExclude),
  });
  return parsed.success ? parsed.data : null;
}

/** The URL of the page with some state changed (undefined values drop out). */
export function toDeviceQuery(search: DeviceSearch, changes: Partial<DeviceSearch> = {}) {
  const merged: Record<string, unknown> = { ...search, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    params.set(key, String(value));
  }
  return `?${params.toString()}`;
}
