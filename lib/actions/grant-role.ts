"use server";

import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";
import { upsertConsoleGrant } from "@/lib/data/role-grants";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { grantRoleSchema } from "@/lib/schemas/role-grant";
import { isSynapseError } from "@/lib/synapse";
import { defineAction } from "./define-action";

/** Gives a Matrix user a console role; the user must exist on the homeserver. */
export const grantRole = defineAction({
  name: "console.grant_role",
  role: "admin",
  input: grantRoleSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: input.matrixId }),
  targetsUsers: (input) => ({ userIds: [input.matrixId], effect: "change" }),
  run: async (input, { actor }) => {
    const synapse = await getServiceSynapse();
    await synapse.users.get(input.matrixId).catch((error: unknown) => {
      if (isSynapseError(error, "not_found"))
        throw new ActionError(`There is no user ${input.matrixId} on this homeserver.`);
      throw error;
    });
    const grant = await upsertConsoleGrant(input.matrixId, input.role, actor.id);
    recordChange("role", grant.previousRole, grant.role);
    return { matrixId: grant.matrixId, role: grant.role };
  },
});
