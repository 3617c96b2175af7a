"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getVersion } from "@/lib/policy/versions";
import { restorePolicySchema } from "@/lib/schemas/policy-actions";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";
import { saveCheckedPolicy } from "./save-checked-policy";

/**
 * Saves an old version's document again as the newest version; the versions in between stay.
 * It is checked again like any save (the server's name may have changed since).
 */
export const restorePolicyVersion = defineAction({
  name: "policy.restore",
  role: "operator",
  input: restorePolicySchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ versionId }, { actor, requestId }) => {
    const old = await getVersion(versionId);
    if (!old) throw new ActionError("There is no such policy version; reload the page.");
    return saveCheckedPolicy({
      content: old.content,
      message: `Restored version ${old.number}`,
      origin: "restore",
      actor,
      requestId,
      action: "policy.restore",
    });
  },
});
