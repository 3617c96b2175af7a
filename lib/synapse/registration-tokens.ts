import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

const nullableCountSchema = z
  .number()
  .int()
  .nullish()
  .transform((value) => value ?? null);

const registrationTokenSchema = z.looseObject({
  token: z.string(),
  /** How many registrations the token allows; null is unlimited. */
  uses_allowed: nullableCountSchema,
  /** Registrations started with the token and not finished yet. */
  pending: z.number().int(),
  completed: z.number().int(),
  /** When the token stops working, in ms; null is never. */
  expiry_time: nullableCountSchema,
});
export type SynapseRegistrationToken = z.output<typeof registrationTokenSchema>;

const registrationTokenListSchema = z.looseObject({
  registration_tokens: z.array(registrationTokenSchema),
});

/** A new token: `token` as given, or one Synapse generates of `length` characters. */
export type NewRegistrationToken = {
  token?: string;
  length?: number;
  uses_allowed?: number | null;
  expiry_time?: number | null;
};

export type RegistrationTokenChanges = {
  uses_allowed?: number | null;
  expiry_time?: number | null;
};

/** Every registration token; `valid` lists only usable (true) or only spent (false) ones. */
export async function listRegistrationTokens(
  http: SynapseHttp,
  valid?: boolean,
): Promise<SynapseRegistrationToken[]> {
  const answer = await http.request(registrationTokenListSchema, {
    path: "/_synapse/admin/v1/registration_tokens",
    query: valid === undefined ? {} : { valid: String(valid) },
    what: "list registration tokens",
  });
  return answer.registration_tokens;
}

export function getRegistrationToken(
  http: SynapseHttp,
  token: string,
): Promise<SynapseRegistrationToken> {
  return http.request(registrationTokenSchema, {
    path: synapsePath`/_synapse/admin/v1/registration_tokens/${token}`,
    what: "read the registration token",
  });
}

export function createRegistrationToken(
  http: SynapseHttp,
  request: NewRegistrationToken,
): Promise<SynapseRegistrationToken> {
  return http.request(registrationTokenSchema, {
    method: "POST",
    path: "/_synapse/admin/v1/registration_tokens/new",
    body: request,
    what: "create the registration token",
  });
}

/** Changes uses allowed and/or expiry; a field left out stays as it is, null clears the limit. */
export function updateRegistrationToken(
  http: SynapseHttp,
  token: string,
  changes: RegistrationTokenChanges,
): Promise<SynapseRegistrationToken> {
  return http.request(registrationTokenSchema, {
    method: "PUT",
    path: synapsePath`/_synapse/admin/v1/registration_tokens/${token}`,
    body: changes,
    what: "change the registration token",
  });
}

const emptySchema = z.looseObject({});

export async function deleteRegistrationToken(http: SynapseHttp, token: string): Promise<void> {
  await http.request(emptySchema, {
    method: "DELETE",
    path: synapsePath`/_synapse/admin/v1/registration_tokens/${token}`,
    what: "delete the registration token",
  });
}
