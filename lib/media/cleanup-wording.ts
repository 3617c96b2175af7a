import { formatByteSize } from "@/lib/format/byte-size";
import { countOf } from "@/lib/format/count";
import type { MediaCleanupParams } from "@/lib/schemas/media-cleanup";
import type { LocalMediaCount } from "./cleanup-estimate";

export type EstimateWords = { headline: string; notes: string[] };

/** The dry run of a form that was sent: what the console could say before anything is deleted. */
export type CleanupDryRun = {
  params: MediaCleanupParams;
  estimate: EstimateWords | { problem: string };
  startLabel: string;
  confirmation: string;
  scheduleHref: string;
};

const media = (n: number) => countOf(n, "local file", "local files");

/** "2026-01-31 00:00 UTC". */
export const utcMinute = (ms: number) =>
  `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** What Synapse will delete, in words, for the confirmation and the estimate. */
export function describeLocalRule(
  params: Extract<MediaCleanupParams, { target: "local" }>,
  cutoffMs: number,
) {
  const size =
    params.largerThanBytes > 0 ? `, larger than ${formatByteSize(params.largerThanBytes)}` : "";
  const avatars = params.keepProfiles
    ? "avatars of users and rooms are kept"
    : "avatars of users and rooms are deleted too";
  return `local media not used since ${utcMinute(cutoffMs)}${size}; ${avatars}, and so are quarantined and protected media`;
}

/**
 * The dry run of a local clean-up: the most it can delete, from Synapse's upload statistics, and
 * why that is a ceiling rather than a count.
 */
export function describeLocalEstimate(
  params: Extract<MediaCleanupParams, { target: "local" }>,
  cutoffMs: number,
  count: LocalMediaCount,
): EstimateWords {
  const when = utcMinute(cutoffMs);
  if (count.media === 0 && count.complete) {
    return {
      headline: `Nothing to delete: no local media were uploaded before ${when}.`,
      notes: [],
    };
  }
  const ceiling = `${media(count.media)} (${formatByteSize(count.bytes)})`;
  return {
    headline: `At most ${ceiling} can be deleted: that many were uploaded before ${when}, by ${countOf(count.users, "user")}.`,
    notes: [
      `Synapse deletes ${describeLocalRule(params, cutoffMs)}.`,
      "This is a ceiling, not a count: Synapse has no dry run for this clean-up, and its statistics count uploads by date only, not by last use, size, avatar or protection. Counting closer would mean reading every user's media one by one.",
      ...(count.complete
        ? []
        : [
            `Only the first ${countOf(count.users, "user")} with media were read, of ${count.usersTotal.toLocaleString("en")}; the ceiling is higher.`,
          ]),
    ],
  };
}

/** The remote cache purge has nothing to count from: say so, and what the run will report. */
export function describeRemoteEstimate(cutoffMs: number): EstimateWords {
  return {
    headline: "No count is possible before the purge runs.",
    notes: [
      `Synapse deletes its cached copies of other servers' media not used since ${utcMinute(cutoffMs)}; quarantined media are kept. Anyone asking for one later has it fetched again from its server, if that server still has it.`,
      "Synapse has no dry run for this purge, and its admin API lists no cached remote media (neither how many there are nor when each was last used), so the console cannot count them. The run reports how many Synapse deleted.",
    ],
  };
}
