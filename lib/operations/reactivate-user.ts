import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";
import type { ReactivateUserInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

/** Reactivates a deactivated user with a new password (Synapse needs one for local users). */
export async function reactivateUser(synapse: SynapseClient, input: ReactivateUserInput) {
  const user = await getUserOrThrow(synapse, input.userId);
  if (!user.deactivated) throw new ActionError(`${input.userId} is not deactivated.`);
  const { user: after } = await synapse.users.update(input.userId, {
    deactivated: false,
    password: input.password,
  });
  recordChange("active", !user.deactivated, !after.deactivated);
  return { userId: input.userId };
}
