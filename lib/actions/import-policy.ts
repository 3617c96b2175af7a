"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { importPolicySchema } from "@/lib/schemas/policy-actions";
import { defineAction } from "./define-action";
import { saveCheckedPolicy } from "./save-checked-policy";

/**
 * Saves an uploaded policy file (corporal's or ours) as it is, as a new version; a file with
 * errors is refused with the first one's line and column and nothing is saved.
 */
export const importPolicy = defineAction({
  name: "policy.import",
  role: "operator",
  input: importPolicySchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: ({ content, fileName }, { actor, requestId }) =>
    saveCheckedPolicy({
      content,
      message: `Imported ${fileName}`,
      origin: "import",
      actor,
      requestId,
      action: "policy.import",
    }),
});
