import { randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import { noneOf, recordChanges } from "@/lib/audit/changes";
import type { CreateUserInput } from "@/lib/schemas/user-actions";
import type { SynapseClient, SynapseUser } from "@/lib/synapse";

export type CreatedUser = {
  userId: string;
  /** Only when the console made the password up: shown to the person once, never stored. */
  generatedPassword: string | null;
};

/**
 * 18 random bytes: 24 URL-safe characters, 144 bits, easy to copy in one go. Never starting with
 * "-", which a spreadsheet opening a CSV of them would read as a formula.
 */
export function generatePassword(): string {
  for (;;) {
    const password = randomBytes(18).toString("base64url");
    if (!password.startsWith("-")) return password;
  }
}

/** Says "taken" before anything is changed, so an existing account's password is never reset. */
export async function assertNameAvailable(
  synapse: SynapseClient,
  localpart: string,
  userId: string,
) {
  if (await synapse.users.isNameAvailable(localpart)) return;
  throw new ActionError(`The name ${localpart} is taken: ${userId} already exists.`);
}

/** Records a new account's fields from null to what Synapse's answer to the creating PUT says. */
export function recordCreatedUser(user: SynapseUser) {
  const after = { displayname: user.displayname, admin: user.admin, user_type: user.user_type };
  recordChanges(noneOf(after), after);
}

/**
 * Creates the account through Synapse's user PUT. That PUT also modifies an existing user, so a
 * `created: false` answer means someone took the name between the check and now.
 */
export async function createSynapseUser(
  synapse: SynapseClient,
  userId: string,
  input: CreateUserInput,
): Promise<CreatedUser> {
  const generatedPassword = input.password === "" ? generatePassword() : null;
  const { user, created } = await synapse.users.update(userId, {
    password: generatedPassword ?? input.password,
    ...(input.displayName ? { displayname: input.displayName } : {}),
    admin: input.admin,
    user_type: input.userType === "normal" ? null : input.userType,
  });
  if (!created) {
    throw new ActionError(
      `${userId} was created by someone else a moment ago; its password was just reset. Tell its owner.`,
    );
  }
  recordCreatedUser(user);
  return { userId, generatedPassword };
}
