"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { revokeApiToken as revokeToken } from "@/lib/data/api-tokens";
import { revokeApiTokenSchema } from "@/lib/schemas/api-token";
import { defineAction } from "./define-action";

/** Revokes an API token: its next call is refused. The row stays, listed as revoked. */
export const revokeApiToken = defineAction({
  name: "api_token.revoke",
  role: "admin",
  input: revokeApiTokenSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: input.id }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) => revokeToken(input.id, actor.id),
});
