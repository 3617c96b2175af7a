import { ActionError } from "@/lib/actions/action-result";
import type { SynapseClient } from "@/lib/synapse";
import type { LoginAsUserInput } from "@/lib/schemas/login-as";
import { getUserOrThrow } from "./require-user";

const MINUTE_MS = 60_000;

/**
 * Mints a short-lived access token that acts as the user, for support. Synapse itself refuses
 * only the caller's own account, remote and unknown users; the console also refuses Synapse
 * server admins (the token would carry their admin rights to Synapse, outside the console and
 * its audit) and deactivated accounts. The token is returned once and kept nowhere: the caller
 * shows it, the audit outcome redacts it by its key.
 */
export async function loginAsUser(
  synapse: SynapseClient,
  input: LoginAsUserInput,
  now: number = Date.now(),
) {
  const user = await getUserOrThrow(synapse, input.userId);
  if (user.admin)
    throw new ActionError(
      `${input.userId} is a Synapse server admin: a token acting as them would have their admin rights over Synapse, outside the console and its audit log, so the console does not log in as server admins.`,
    );
  if (user.deactivated)
    throw new ActionError(`${input.userId} is deactivated: there is no account to act as.`);
  const validUntilMs = now + input.lifetimeMinutes * MINUTE_MS;
  const { access_token: accessToken } = await synapse.users.loginAs(input.userId, {
    validUntilMs,
  });
  return {
    userId: input.userId,
    accessToken,
    lifetimeMinutes: input.lifetimeMinutes,
    expiresAt: new Date(validUntilMs).toISOString(),
  };
}
