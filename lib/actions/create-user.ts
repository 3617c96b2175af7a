"use server";

import { hasRole } from "@/lib/auth/roles";
import { runAudited } from "@/lib/audit/run-audited";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { assertNameAvailable, createSynapseUser } from "@/lib/operations/create-user";
import { createUserRequestSchema, createUserSchema } from "@/lib/schemas/user-actions";
import { ActionError } from "./action-result";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/**
 * Creates a Matrix account. The name is checked against the server name (an ID on another server,
 * a user ID too long) with the form's own schema once the server is known, before Synapse is
 * asked anything. The wrapper does not audit it, because the target (the new user ID) needs the
 * server name; run audits the creation itself, with the input's password redacted.
 */
export const createUser = defineAction({
  name: "user.create",
  role: "operator",
  input: createUserRequestSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async (request, { actor, requestId }) => {
    if (request.admin && !(actor.role && hasRole(actor.role, "admin"))) {
      throw new ActionError(
        `Only console admins may create server admins; you are ${actor.role ?? "without a role"}.`,
      );
    }
    const { serverName } = await getHomeserverOrThrow();
    const input = createUserSchema(serverName).parse(request);
    const userId = `@${input.localpart}:${serverName}`;
    const synapse = await getServiceSynapse();
    await assertNameAvailable(synapse, input.localpart, userId);
    return runAudited(
      { actor, action: "user.create", target: { type: "user", id: userId }, input, requestId },
      () => createSynapseUser(synapse, userId, input),
    );
  },
});
