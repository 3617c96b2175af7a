"use server";

import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";
import { deleteRoleGrant } from "@/lib/data/role-grants";
import { revokeRoleSchema } from "@/lib/schemas/role-grant";
import { defineAction } from "./define-action";

/** Takes a console role away; it applies at that person's next request. */
export const revokeRole = defineAction({
  name: "console.revoke_role",
  role: "admin",
  input: revokeRoleSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: input.matrixId }),
  targetsUsers: (input) => ({ userIds: [input.matrixId], effect: "change" }),
  run: async (input, { actor }) => {
    if (input.matrixId === actor.id) throw new ActionError("You cannot take away your own role.");
    const { count, role } = await deleteRoleGrant(input.matrixId);
    if (count === 0) throw new ActionError(`${input.matrixId} has no role to take away.`);
    recordChange("role", role, null);
    return { matrixId: input.matrixId };
  },
});
