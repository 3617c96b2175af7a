import { ActionError } from "@/lib/actions/action-result";
import { noneOf, recordChanges } from "@/lib/audit/changes";
import type {
  CreateRegistrationTokenInput,
  DeleteRegistrationTokenInput,
  UpdateRegistrationTokenInput,
} from "@/lib/schemas/registration-token";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import type { SynapseRegistrationToken } from "@/lib/synapse/registration-tokens";

/** The audited fields of a token (the token itself is a credential: the audit log redacts it). */
function limitsOf(token: SynapseRegistrationToken) {
  return { usesAllowed: token.uses_allowed, expiresAt: token.expiry_time };
}

/** Synapse's refusals told as sentences a person can act on. */
function explainRefusal(error: unknown, token?: string): never {
  if (isSynapseError(error, "bad_request") && error.errcode === "M_INVALID_PARAM") {
    const said = error.synapseMessage ?? "";
    if (/already exists/i.test(said))
      throw new ActionError(`The token ${token ?? ""} is taken: pick another or generate one.`);
    throw new ActionError(`Synapse refused the token: ${said || error.message}`);
  }
  throw error;
}

export async function getRegistrationTokenOrThrow(synapse: SynapseClient, token: string) {
  return synapse.registrationTokens.get(token).catch((error: unknown) => {
    if (isSynapseError(error, "not_found"))
      throw new ActionError("There is no such registration token; it may be deleted already.");
    throw error;
  });
}

export async function createRegistrationToken(
  synapse: SynapseClient,
  input: CreateRegistrationTokenInput,
) {
  const created = await synapse.registrationTokens
    .create({
      ...(input.token === undefined ? { length: input.length } : { token: input.token }),
      uses_allowed: input.usesAllowed,
      expiry_time: input.expiresAt,
    })
    .catch((error: unknown) => explainRefusal(error, input.token));
  recordChanges(noneOf(limitsOf(created)), limitsOf(created));
  return created;
}

/** Sets uses allowed and/or expiry, recording each from → to as Synapse had and answered it. */
export async function updateRegistrationToken(
  synapse: SynapseClient,
  input: UpdateRegistrationTokenInput,
  before?: Promise<SynapseRegistrationToken>,
) {
  const was = await (before ?? getRegistrationTokenOrThrow(synapse, input.token));
  const updated = await synapse.registrationTokens
    .update(input.token, {
      ...(input.usesAllowed === undefined ? {} : { uses_allowed: input.usesAllowed }),
      ...(input.expiresAt === undefined ? {} : { expiry_time: input.expiresAt }),
    })
    .catch((error: unknown) => explainRefusal(error, input.token));
  recordChanges(limitsOf(was), limitsOf(updated));
  return updated;
}

export async function deleteRegistrationToken(
  synapse: SynapseClient,
  input: DeleteRegistrationTokenInput,
  before?: Promise<SynapseRegistrationToken>,
) {
  const was = await (before ?? getRegistrationTokenOrThrow(synapse, input.token));
  await synapse.registrationTokens.delete(input.token);
  recordChanges(limitsOf(was), noneOf(limitsOf(was)));
  return { deleted: true, usesAllowed: was.uses_allowed, completed: was.completed };
}
