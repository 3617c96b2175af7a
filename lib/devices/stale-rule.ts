import { z } from "zod";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "@/lib/schemas/text";

export const MAX_STALE_DAYS = 3650;
export const MAX_KEEP_MOST_RECENT = 100;
export const MAX_USER_GLOBS = 100;

// Out-of-range values are refused, never clamped: the rule acted on is the rule shown. The
// ceiling comes first, so a number too large to be exact reads "at most", not "whole number".
const wholeNumber = (max: number, tooBig: string) =>
  z
    .number({
      error: (issue) => (issue.input === undefined ? "is required" : "must be a whole number"),
    })
    .max(max, tooBig)
    .int("must be a whole number");
const days = () => wholeNumber(MAX_STALE_DAYS, "must be at most 3,650 days (10 years)");

const globs = z
  .array(
    z
      .string()
      .trim()
      .min(1, "has an empty pattern")
      .max(255, "has a pattern longer than 255 characters")
      .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
  )
  .max(MAX_USER_GLOBS, `must have at most ${MAX_USER_GLOBS} patterns`);

/**
 * Which devices count as stale. The same rule drives the dry run, the revoke and its record; every
 * field is required (none is filled in by a default), so a request cannot widen it by leaving one out.
 */
export const staleRuleSchema = z.strictObject({
  /** Devices last used more than this many days ago. */
  olderThanDays: days().min(1, "must be at least 1 day"),
  /**
   * Also devices never used at all, when their user was created more than this many days ago
   * (Synapse does not say when a device was created; a never-used device of an old account is
   * the nearest sign of a forgotten login). 0 takes accounts of any age, even ones created today;
   * null keeps never-used devices.
   */
  neverSeenCreatedBeforeDays: days().min(0, "must be 0 or more").nullable(),
  /** Each user keeps at least this many of their most recently used devices, stale or not. */
  keepMostRecent: wholeNumber(
    MAX_KEEP_MOST_RECENT,
    `must be at most ${MAX_KEEP_MOST_RECENT} devices`,
  ).min(0, "must be 0 or more"),
  /** Users never touched, as globs: `*` any characters, `?` one character, e.g. `@*-bridge:*`. */
  excludeUsers: globs,
  /** Only these users (IDs or globs); empty means every user. */
  onlyUsers: globs,
  /** Only users whose ID contains this text, any case (the Devices page's user filter); null: all. */
  userContains: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(256, "must be at most 256 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS)
    .nullable(),
});
export type StaleRule = z.infer<typeof staleRuleSchema>;

/** A user-ID glob as a SQL LIKE pattern (escape character: backslash). */
export function globToLike(glob: string): string {
  let like = "";
  for (const char of glob) {
    if (char === "*") like += "%";
    else if (char === "?") like += "_";
    else like += escapeLike(char);
  }
  return like;
}

/** Text matched literally inside a SQL LIKE pattern (escape character: backslash). */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, "\\$&");
}

/** Whether a user ID matches one of the globs (the same meaning as the SQL, for code paths). */
export function matchesAnyGlob(userId: string, globs: readonly string[]): boolean {
  return globs.some((glob) => {
    const source = [...glob]
      .map((char) =>
        char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&"),
      )
      .join("");
    return new RegExp(`^${source}$`, "s").test(userId);
  });
}

/** The exclusions that always apply besides the rule's: the console's own service account. */
export function effectiveExclusions(rule: StaleRule, serviceUserId: string | null): string[] {
  const escaped = serviceUserId?.replace(/[*?]/g, "?");
  return escaped ? [...rule.excludeUsers, escaped] : [...rule.excludeUsers];
}
