import { z } from "zod";
import { importRowSchema, type InvalidImportRow } from "./import-rows";

const invalidRowSchema = z.object({ line: z.number(), user: z.string(), reason: z.string() });

/** The rows an import stored, read back with their schema. */
export const importRowsOf = (stored: { rows: unknown }) =>
  z.array(importRowSchema).parse(stored.rows);

export const invalidRowsOf = (stored: { invalid: unknown }): InvalidImportRow[] =>
  z.array(invalidRowSchema).parse(stored.invalid);

/** A row's key among the run's items: its line in the file. */
export const lineKey = (line: number) => `line ${String(line).padStart(6, "0")}`;

/** A row's key back to its line. */
export const lineOfKey = (key: string) => Number(key.slice("line ".length));

/**
 * What became of a recorded row, as the page counts and lists it: its verdict, or "failed" when
 * the import could not apply it (a row the file or the rules made invalid stays "invalid").
 */
export function outcomeOf(item: { ok: boolean; detail?: unknown }): string {
  const verdict = (item.detail as { verdict?: string } | null | undefined)?.verdict ?? "done";
  return item.ok || verdict === "invalid" ? verdict : "failed";
}
