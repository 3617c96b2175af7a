"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { savePolicySchema } from "@/lib/schemas/policy-actions";
import { defineAction } from "./define-action";
import { saveCheckedPolicy } from "./save-checked-policy";

/**
 * Saves the editor's document as a new version. Not audited by the wrapper: a document with
 * errors is refused before anything is written, and a save is audited by saveCheckedPolicy.
 */
export const savePolicyVersion = defineAction({
  name: "policy.save",
  role: "operator",
  input: savePolicySchema,
  mutates: false,
  // Saving changes nothing on Synapse; applying a plan does, and checks each user then.
  targetsUsers: TARGETS_NO_USER,
  run: ({ content, message }, { actor, requestId }) =>
    saveCheckedPolicy({
      content,
      message,
      origin: "editor",
      actor,
      requestId,
      action: "policy.save",
    }),
});
