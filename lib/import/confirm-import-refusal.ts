import type { ImportView } from "./import-view";

/** Why the import cannot start now, in words; null when it can. */
export function confirmRefusal(view: ImportView): string | null {
  if (view.applyRun) return "This import has already started.";
  const dryRun = view.dryRun;
  if (!dryRun || dryRun.progress.status === "queued" || dryRun.progress.status === "running") {
    return "The dry run has not finished: wait for its result, then import.";
  }
  if (dryRun.progress.status !== "succeeded") {
    return "The dry run did not finish; resume it from its progress bar, or start a new import.";
  }
  const conflicts = dryRun.verdicts.conflict ?? 0;
  if (view.conflictMode === "stop" && conflicts > 0) {
    return `${conflicts} row${conflicts === 1 ? " is" : "s are"} in conflict and the mode is "stop": start a new import that skips or updates them.`;
  }
  const changes = (dryRun.verdicts.create ?? 0) + (dryRun.verdicts.update ?? 0);
  if (changes === 0) return "No row would change anything: there is nothing to import.";
  return null;
}
