import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { rotateTokens } from "@/lib/tokens/rotate-tokens";
import { tokenRotationParamsSchema, type TokenRotationParams } from "@/lib/tokens/schemas";
import type { JobKindDefinition } from "../job-kind";

/** Rotates managed accounts' tokens and revokes old ones whose grace period is over. */
export const tokenRotationKind: JobKindDefinition<TokenRotationParams> = {
  kind: "token_rotation",
  label: "Token rotation",
  params: tokenRotationParamsSchema,
  run: async (params, context) => {
    const synapse = await getServiceSynapse();
    const homeserver = await getHomeserverOrThrow();
    const serviceUserId = (await synapse.session.whoAmI()).user_id;
    return rotateTokens(params, context, {
      synapse,
      connection: homeserver.connection,
      serviceUserId,
    });
  },
};
