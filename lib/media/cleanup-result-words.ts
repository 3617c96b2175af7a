import { z } from "zod";
import { formatByteSize } from "@/lib/format/byte-size";
import { countOf } from "@/lib/format/count";
import { utcMinute, type EstimateWords } from "./cleanup-wording";

const count = z.number().int().nonnegative();
const localCount = z.object({
  media: count,
  bytes: z.number().nonnegative(),
  complete: z.boolean(),
});

/** A media_cleanup run's summary as runMediaCleanup stores it. */
export const mediaCleanupResultSchema = z.object({
  target: z.enum(["local", "remote_cache"]),
  cutoff: z.iso.datetime(),
  deleted: count,
  before: localCount.nullable(),
  after: localCount.nullable(),
  skippedAsDone: count,
});

const uploaded = (value: z.infer<typeof localCount>) =>
  `${value.complete ? "" : "at least "}${countOf(value.media, "local file", "local files")} (${formatByteSize(value.bytes)})`;

/** "Deleted 3 local media not used since …", with the counts before and after as notes. */
export function describeMediaCleanupResult(
  result: z.infer<typeof mediaCleanupResultSchema>,
): EstimateWords {
  const since = `not used since ${utcMinute(Date.parse(result.cutoff))}`;
  const earlier =
    result.skippedAsDone > 0 ? ["Some steps were done by an earlier attempt of this run."] : [];
  if (result.target === "remote_cache") {
    return {
      headline: `Purged ${countOf(result.deleted, "cached remote file", "cached remote files")} ${since}`,
      notes: earlier,
    };
  }
  return {
    headline: `Deleted ${countOf(result.deleted, "local file", "local files")} ${since}`,
    notes: [
      ...(result.before
        ? [`Before the run, ${uploaded(result.before)} had been uploaded before the cut-off.`]
        : []),
      ...(result.after
        ? [
            `After it, ${uploaded(result.after)} from before the cut-off remain: used since, not larger than the size asked for, avatars kept, quarantined or protected.`,
          ]
        : []),
      ...earlier,
    ],
  };
}
