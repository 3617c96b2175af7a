"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { startImportDryRun } from "@/lib/import/start-import";
import { startImportSchema } from "@/lib/schemas/user-import";
import { defineAction } from "./define-action";

/**
 * Stores an import and starts its dry run. Not audited by the wrapper, whose record would hold
 * the file and its passwords: startImportDryRun audits a summary of it instead.
 */
export const startImportDryRunAction = defineAction({
  name: "user.import_dry_run",
  role: "operator",
  input: startImportSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor, requestId }) =>
    startImportDryRun(input, { id: actor.id, role: actor.role ?? "operator" }, requestId),
});
