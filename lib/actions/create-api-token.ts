"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { createApiToken as createToken } from "@/lib/data/api-tokens";
import { createApiTokenSchema } from "@/lib/schemas/api-token";
import { defineAction } from "./define-action";

/**
 * Makes an API token for scripts and returns it, the one time it is shown. Admin only: a token
 * acts with its role (never above its maker's role now) without a session. The audit keeps the
 * name, role and expiry; the result's `token` is redacted there like every key named so.
 */
export const createApiToken = defineAction({
  name: "api_token.create",
  role: "admin",
  input: createApiTokenSchema,
  mutates: true,
  target: (input) => ({ type: "console", id: `token:${input.name}` }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) => {
    const created = await createToken({ ...input, createdBy: actor.id });
    return { ...created, expiresAt: created.expiresAt.toISOString() };
  },
});
