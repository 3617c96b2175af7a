"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { confirmImport } from "@/lib/import/confirm-import";
import { importIdSchema } from "@/lib/schemas/user-import";
import { defineAction } from "./define-action";

/**
 * Starts the import after its dry run. Each row's change is audited by the run with the job as
 * actor, and checked there against the rule of user-target-access.ts with the importer's role.
 */
export const confirmImportAction = defineAction({
  name: "user.import",
  role: "operator",
  input: importIdSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: `user-import:${input.importId}` }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) => confirmImport(input.importId, actor),
});
