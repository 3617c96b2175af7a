import { z } from "zod";
import { CONFLICT_MODES } from "@/lib/import/classify-import-row";
import { IMPORT_FORMATS, MAX_IMPORT_ROWS } from "@/lib/import/read-import-file";
import { importMappingSchema } from "@/lib/import/import-mapping";

/** A run of an import: the dry run (reads only) or the import itself. */
export const userImportParamsSchema = z.object({
  importId: z.uuid(),
  dryRun: z.boolean(),
});
export type UserImportParams = z.infer<typeof userImportParamsSchema>;

/** Some 80 characters a row: room for the largest file an import takes, with long rows. */
const MAX_FILE_CHARACTERS = MAX_IMPORT_ROWS * 400;

/** A file as the import form sends it. */
export const importFileSchema = z.object({
  fileName: z.string().trim().max(200, "must be at most 200 characters"),
  format: z.enum(IMPORT_FORMATS),
  text: z
    .string()
    .max(
      MAX_FILE_CHARACTERS,
      `must be at most ${MAX_FILE_CHARACTERS.toLocaleString("en")} characters`,
    ),
});
export type ImportFileInput = z.infer<typeof importFileSchema>;

/** The file with its column mapping and conflict mode: what starts a dry run. */
export const startImportSchema = importFileSchema.extend({
  mapping: importMappingSchema,
  conflictMode: z.enum(CONFLICT_MODES),
});
export type StartImportInput = z.infer<typeof startImportSchema>;

export const importIdSchema = z.object({ importId: z.uuid() });
