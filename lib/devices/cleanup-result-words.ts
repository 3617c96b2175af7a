import { z } from "zod";
import { countOf } from "@/lib/format/count";

const count = z.number().int().nonnegative();

/** A stale_device_cleanup run's summary as runStaleCleanup stores it. */
export const staleCleanupResultSchema = z.object({
  mode: z.enum(["report", "revoke"]),
  outcome: z.enum(["scan_stopped", "over_maximum", "reported", "revoked"]),
  scannedUsers: count,
  failedUsers: count,
  snapshotDevices: count,
  selected: count,
  maximum: count,
  revoked: count,
  alreadyGone: count,
  failed: count,
  skippedAsDone: count,
  stopped: z.boolean(),
});
type StaleCleanupResultWords = { headline: string; notes: string[] };

const was = (n: number) => (n === 1 ? "was" : "were");

/** What the fresh scan read, and whom it could not, as notes. */
function scanNotes(result: z.infer<typeof staleCleanupResultSchema>) {
  const notes = [
    `The rule was applied to a fresh scan: ${countOf(result.scannedUsers, "user")}, ${countOf(result.snapshotDevices, "device")}.`,
  ];
  if (result.failedUsers > 0) {
    notes.push(
      `${countOf(result.failedUsers, "user")} could not be read, so none of their devices was considered; see the failed items.`,
    );
  }
  return notes;
}

/**
 * "Revoked 3 of 3 stale devices", "Would revoke 3 stale devices (report only)", or why nothing
 * was revoked: the scan stopped, or the rule selected more than the job's maximum.
 */
export function describeStaleCleanupResult(
  result: z.infer<typeof staleCleanupResultSchema>,
): StaleCleanupResultWords {
  const selected = countOf(result.selected, "stale device");
  if (result.outcome === "scan_stopped") {
    return {
      headline: "Stopped while scanning devices; nothing was revoked",
      notes: ["Resume the run to finish the scan and apply the rule."],
    };
  }
  if (result.outcome === "over_maximum") {
    const verb = result.mode === "report" ? "Listed" : "Revoked";
    return {
      headline: `${verb} nothing: the rule selects ${selected}, more than this job's maximum of ${result.maximum.toLocaleString("en")} per run`,
      notes: [
        "Nothing was changed. If these devices should go, raise the job's maximum or narrow its rule; the Devices page lists them.",
        ...scanNotes(result),
      ],
    };
  }
  if (result.outcome === "reported") {
    return {
      headline: `Would revoke ${selected}; report only, nothing was changed`,
      notes: [
        ...(result.skippedAsDone > 0
          ? [
              `${countOf(result.skippedAsDone, "device")} ${was(result.skippedAsDone)} listed by an earlier attempt of this run.`,
            ]
          : []),
        ...scanNotes(result),
      ],
    };
  }
  const notes: string[] = [];
  if (result.alreadyGone > 0)
    notes.push(`${countOf(result.alreadyGone, "device")} ${was(result.alreadyGone)} already gone.`);
  if (result.skippedAsDone > 0)
    notes.push(
      `${countOf(result.skippedAsDone, "device")} ${was(result.skippedAsDone)} revoked by an earlier attempt of this run.`,
    );
  if (result.failed > 0)
    notes.push(`${countOf(result.failed, "device")} could not be revoked; see the failed items.`);
  if (result.stopped) notes.push("Stopped before the end; resume the run to revoke the rest.");
  return {
    headline: `Revoked ${result.revoked.toLocaleString("en")} of ${selected}`,
    notes: [...notes, ...scanNotes(result)],
  };
}
