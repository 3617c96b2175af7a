"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { runAudited } from "@/lib/audit/run-audited";
import { db } from "@/lib/db";
import { takeGeneratedPasswords } from "@/lib/import/import-secrets";
import { importIdSchema } from "@/lib/schemas/user-import";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";

/**
 * The passwords an import generated, given once to the person who started it and deleted in the
 * same transaction. The audit entry records how many, never the passwords.
 */
export const takeImportPasswords = defineAction({
  name: "user.import_passwords",
  role: "operator",
  input: importIdSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor, requestId }) => {
    const found = await db.userImport.findUnique({
      where: { id: input.importId },
      select: { createdBy: true },
    });
    if (!found) throw new ActionError("No such import.");
    if (found.createdBy !== actor.id) {
      throw new ActionError(
        `Only ${found.createdBy}, who started this import, may take its passwords.`,
      );
    }
    // Carried past the audit record, whose result keeps only how many there were.
    let taken: Awaited<ReturnType<typeof takeGeneratedPasswords>> = [];
    await runAudited(
      {
        actor,
        action: "user.import_passwords",
        target: { type: "console", id: `user-import:${input.importId}` },
        input,
        requestId,
      },
      async () => {
        taken = await takeGeneratedPasswords(input.importId);
        if (taken.length === 0) {
          throw new ActionError("These passwords were already taken; they are shown only once.");
        }
        return { passwords: taken.length };
      },
    );
    return { passwords: taken };
  },
});
