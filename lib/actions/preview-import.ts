"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { guessImportMapping } from "@/lib/import/import-mapping";
import { ImportFileError, readImportFile } from "@/lib/import/read-import-file";
import { importFileSchema } from "@/lib/schemas/user-import";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";

/** Rows shown under the mapping, so people see what each column holds. */
const PREVIEW_ROWS = 5;

/**
 * Reads an import file without storing anything: its header, its first rows, how many rows it has
 * and the mapping its header suggests; or what is wrong with it, with the line.
 */
export const previewImport = defineAction({
  name: "user.import_preview",
  role: "operator",
  input: importFileSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => {
    try {
      const file = readImportFile(input.text, input.format);
      return {
        header: file.header,
        sample: file.lines.slice(0, PREVIEW_ROWS).map((line) => line.cells),
        rows: file.lines.length,
        mapping: guessImportMapping(file.header),
      };
    } catch (error) {
      if (error instanceof ImportFileError) throw new ActionError(error.message);
      throw error;
    }
  },
});
