import { z } from "zod";

const days = z
  .number()
  .int()
  .min(1, "must be at least 1 day")
  .max(3650, "must be at most 10 years");

/** Which devices count as stale. The same rule drives the dry run, the revoke run and schedules. */
export const staleRuleSchema = z.object({
  /** Devices last used more than this many days ago. */
  olderThanDays: days,
  /**
   * Also devices never used at all, when their user was created more than this many days ago
   * (Synapse does not say when a device was created; a never-used device of an old account is
   * the nearest sign of a forgotten login). Unset: never-used devices are kept.
   */
  neverSeenCreatedBeforeDays: days.optional(),
  /** Each user keeps at least this many of their most recently used devices, stale or not. */
  keepMostRecent: z.number().int().min(0).max(100).default(1),
  /** Users never touched, as globs: `*` any characters, `?` one character, e.g. `@*-bridge:*`. */
  excludeUsers: z.array(z.string().trim().min(1).max(255)).max(100).default([]),
});
export type StaleRule = z.infer<typeof staleRuleSchema>;

/** A user-ID glob as a SQL LIKE pattern (escape character: backslash). */
export function globToLike(glob: string): string {
  let like = "";
  for (const char of glob) {
    if (char === "*") like += "%";
    else if (char === "?") like += "_";
    else if (char === "%" || char === "_" || char === "\\") like += `\\${char}`;
    else like += char;
  }
  return like;
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
