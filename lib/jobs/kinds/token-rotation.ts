import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { findNextRevocationDue } from "@/lib/tokens/revoke-due";
import { rotateTokens } from "@/lib/tokens/rotate-tokens";
import {
  rotationUserIds,
  tokenRotationParamsSchema,
  type TokenRotationParams,
} from "@/lib/tokens/schemas";
import type { JobKindDefinition } from "../job-kind";

/** Rotates managed accounts' tokens and revokes old ones whose grace period is over. */
export const tokenRotationKind: JobKindDefinition<TokenRotationParams> = {
  kind: "token_rotation",
  label: "Token rotation",
  params: tokenRotationParamsSchema,
  run: async (params, context) => {
    const synapse = await getServiceSynapse();
    const homeserver = await getHomeserverOrThrow();
    // Only a rotation needs it: a revoke-only run must still try (and record why) with Synapse down.
    const serviceUserId =
      rotationUserIds(params).length > 0 ? (await synapse.session.whoAmI()).user_id : "";
    return rotateTokens(params, context, {
      synapse,
      connection: homeserver.connection,
      serviceUserId,
    });
  },
  // Old tokens end when their grace period does, with no rotation needed to notice.
  findDueWork: async (until) => {
    const at = await findNextRevocationDue(until);
    return at ? { params: { revokeDueOnly: true }, at } : null;
  },
};
