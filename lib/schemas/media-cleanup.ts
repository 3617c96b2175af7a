import { z } from "zod";

// The server-wide media clean-ups, shared by the Media page's forms, the action that starts a run
// and the media_cleanup job kind (saved jobs keep these parameters as JSON).

export const CLEANUP_TARGETS = ["local", "remote_cache"] as const;
export type CleanupTarget = (typeof CLEANUP_TARGETS)[number];

const DAY_MS = 86_400_000;
/** Synapse refuses a before_ts under 30,000,000,000 ms (it reads as seconds by mistake). */
const EARLIEST_DATE = "1971-01-01";
/** A size that no media store reaches (1 PB), so a typo of many zeros is refused. */
export const MAX_SIZE_BYTES = 1e15;

const isoDate = z.iso
  .date("must be a date such as 2026-01-31")
  .refine((date) => date >= EARLIEST_DATE, `must be ${EARLIEST_DATE} or later`);

/** The age limit: a number of days before each run (what a schedule needs) or a fixed date. */
const ageFields = {
  olderThanDays: z
    .number()
    .int("must be a whole number of days")
    .min(1, "must be at least 1 day")
    .max(36_500, "must be at most 36,500 days")
    .optional(),
  /** A calendar date, read as midnight UTC at its start. */
  before: isoDate.optional(),
};

export const localCleanupParamsSchema = z.strictObject({
  target: z.literal("local"),
  ...ageFields,
  /** Only media larger than this many bytes; 0 for any size. */
  largerThanBytes: z.number().int().min(0).max(MAX_SIZE_BYTES).default(0),
  /** Keep media used as a user's or a room's avatar (Synapse's default). */
  keepProfiles: z.boolean().default(true),
});

export const remoteCleanupParamsSchema = z.strictObject({
  target: z.literal("remote_cache"),
  ...ageFields,
});

export const mediaCleanupParamsSchema = z
  .discriminatedUnion("target", [localCleanupParamsSchema, remoteCleanupParamsSchema])
  .superRefine((params, context) => {
    // Worded to follow the days field's label: "Not used for (days) and a date …".
    const days = params.olderThanDays !== undefined;
    const date = params.before !== undefined;
    if (days === date) {
      context.addIssue({
        code: "custom",
        path: ["olderThanDays"],
        message: days ? "and a date cannot both be given" : "or a date is needed",
      });
    }
  });
export type MediaCleanupParams = z.output<typeof mediaCleanupParamsSchema>;
export type LocalCleanupParams = Extract<MediaCleanupParams, { target: "local" }>;

/** The cut-off in ms: media last used before it go. Days count back from `now`. */
export function cleanupCutoff(params: MediaCleanupParams, now: number): number {
  if (params.before !== undefined) return Date.parse(`${params.before}T00:00:00Z`);
  return now - (params.olderThanDays ?? 0) * DAY_MS;
}

/** "older than 30 days", "last used before 2026-01-31 (UTC)". */
export function describeAge(params: MediaCleanupParams): string {
  if (params.before !== undefined) return `not used since before ${params.before} (UTC)`;
  const days = params.olderThanDays ?? 0;
  return `not used for ${days.toLocaleString("en")} ${days === 1 ? "day" : "days"}`;
}
