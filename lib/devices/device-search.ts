import { z } from "zod";
import { firstValues } from "@/lib/schemas/search-params";
import { hasNoControlCharacters } from "@/lib/schemas/text";
import type { StaleFormValues } from "./stale-form";

export const SEEN_FILTERS = ["any", "never", "older"] as const;
export const DEVICE_USER_TYPES = ["all", "normal", "bot", "support"] as const;
export type DeviceUserType = (typeof DEVICE_USER_TYPES)[number];

// PostgreSQL refuses a NUL in a query parameter: such a value falls back like any other bad one.
const text = z.string().trim().max(256).refine(hasNoControlCharacters).optional().catch(undefined);
const page = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The "not seen in N days" filter's range. */
export const SEEN_DAYS = { min: 1, max: 3650 } as const;

/** The device list's state as it lives in the URL, and the stale dry run's page. */
export const deviceSearchSchema = z.object({
  seen: z.enum(SEEN_FILTERS).catch("any"),
  days: z.coerce.number().int().min(SEEN_DAYS.min).max(SEEN_DAYS.max).catch(30),
  ua: text,
  user: text,
  type: z.enum(DEVICE_USER_TYPES).catch("all"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page,
  // The stale rule's own fields are not here: they are refused, never replaced (stale-form.ts).
  stalePage: page,
});
export type DeviceSearch = z.output<typeof deviceSearchSchema>;

export function parseDeviceSearch(raw: Record<string, string | string[] | undefined>) {
  const parsed = deviceSearchSchema.parse(firstValues(raw));
  return { ...parsed, ua: parsed.ua || undefined, user: parsed.user || undefined };
}

/** The URL of the page with some state changed (undefined values drop out). */
export function toDeviceQuery(
  state: DeviceSearch & StaleFormValues,
  changes: Partial<DeviceSearch & StaleFormValues> = {},
) {
  const merged: Record<string, unknown> = { ...state, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    params.set(key, String(value));
  }
  return `?${params.toString()}`;
}
