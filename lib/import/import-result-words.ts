import { z } from "zod";
import { countOf } from "@/lib/format/count";

const count = z.number().int().nonnegative();

/** A user_import run's summary as runUserImport returns it: the rows by what became of them. */
export const importResultSchema = z.object({
  dryRun: z.boolean(),
  rows: count,
  create: count.optional(),
  update: count.optional(),
  unchanged: count.optional(),
  conflict: count.optional(),
  skipped: count.optional(),
  invalid: count.optional(),
  failed: count.optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const VERDICT_WORDS: Array<[keyof ImportResult, string, string]> = [
  ["create", "to create", "created"],
  ["update", "to update", "updated"],
  ["unchanged", "unchanged", "unchanged"],
  ["conflict", "in conflict", "in conflict"],
  ["skipped", "skipped", "skipped (conflicts)"],
  ["invalid", "invalid", "invalid"],
  ["failed", "failed", "failed"],
];

/** "120 rows: 100 to create, 15 unchanged, 5 invalid", for the run's page. */
export function describeImportResult(result: ImportResult) {
  const parts = VERDICT_WORDS.flatMap(([key, planned, done]) => {
    const value = result[key];
    return typeof value === "number" && value > 0
      ? [`${value} ${result.dryRun ? planned : done}`]
      : [];
  });
  const what = result.dryRun ? "Dry run of" : "Imported";
  return {
    headline: `${what} ${countOf(result.rows, "row")}${parts.length ? `: ${parts.join(", ")}` : ""}`,
    notes: result.dryRun ? ["Nothing was changed: the import's page offers to run it."] : [],
  };
}
