import { randomBytes } from "node:crypto";
import { endSessionsOf } from "@/lib/data/sessions";
import type { ResetPasswordInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";

/** A password strong enough to hand out once: 18 random bytes, 24 URL-safe characters. */
export const generatePassword = () => randomBytes(18).toString("base64url");

/**
 * Sets a user's password, generating one when none is given. The generated password is returned
 * so it can be shown once; callers must not log or audit it. The person's console sessions end:
 * whoever signed in with the old (perhaps stolen) password must not keep the console.
 */
export async function resetUserPassword(synapse: SynapseClient, input: ResetPasswordInput) {
  const generated = input.password === "" ? generatePassword() : null;
  await synapse.users.resetPassword(input.userId, {
    newPassword: generated ?? input.password,
    logoutDevices: input.logoutDevices,
  });
  const consoleSessionsEnded = await endSessionsOf(input.userId, "password_reset");
  return {
    userId: input.userId,
    generatedPassword: generated,
    logoutDevices: input.logoutDevices,
    consoleSessionsEnded,
  };
}
