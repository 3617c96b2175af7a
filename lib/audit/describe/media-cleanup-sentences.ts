import { formatByteSize } from "@/lib/format/byte-size";
import { countOf } from "@/lib/format/count";
import { flagOf, numberOf, textOf, type DescribableEntry, type Describe } from "./entry-fields";

/** "not used for 30 days", "not used since before 2026-01-31 (UTC)", from the input. */
function age(input: unknown): string {
  const days = numberOf(input, "olderThanDays");
  const before = textOf(input, "before");
  if (days !== undefined) return ` not used for ${countOf(days, "day")}`;
  if (before) return ` not used since before ${before} (UTC)`;
  const cutoff = textOf(input, "cutoff");
  return cutoff ? ` not used since ${cutoff.slice(0, 16).replace("T", " ")} UTC` : "";
}

function localFilters(input: unknown): string {
  const bytes = numberOf(input, "largerThanBytes");
  const size = bytes ? `, larger than ${formatByteSize(bytes)}` : "";
  const avatars = flagOf(input, "keepProfiles") === false ? ", avatars included" : "";
  return `${size}${avatars}`;
}

const deletedCount = (entry: DescribableEntry) => numberOf(entry.result, "deleted");

/** Sentences of the Media page's clean-ups: the run started, and the deletes the run made. */
export const MEDIA_CLEANUP_SENTENCES: Record<string, Describe> = {
  "job.run_media_cleanup": (entry) =>
    textOf(entry.input, "target") === "remote_cache"
      ? `started a purge of cached remote media${age(entry.input)}`
      : `started a clean-up of local media${age(entry.input)}${localFilters(entry.input)}`,
  "media.delete_local": (entry) => {
    const deleted = deletedCount(entry);
    const what =
      deleted === undefined ? "local media" : countOf(deleted, "local file", "local files");
    return `deleted ${what}${age(entry.input)}${localFilters(entry.input)}`;
  },
  "media.purge_remote_cache": (entry) => {
    const deleted = deletedCount(entry);
    const what =
      deleted === undefined
        ? "cached remote media"
        : countOf(deleted, "cached remote file", "cached remote files");
    return `purged ${what}${age(entry.input)}`;
  },
};
