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
