"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { markManaged } from "@/lib/tokens/managed-accounts";
import { tokenPolicySchema } from "@/lib/tokens/schemas";
import { defineAction } from "./define-action";

/** Marks an account as managed, so the console may rotate its token (the secret is sealed). */
export const manageTokenAccount = defineAction({
  name: "token.manage",
  role: "admin",
  input: tokenPolicySchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "rotate_token" }),
  run: async (input, { actor }) => markManaged(await getServiceSynapse(), input, actor.id),
});
