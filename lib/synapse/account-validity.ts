import { z } from "zod";
import type { SynapseHttp } from "./http";

export type AccountValidityRenewal = {
  userId: string;
  /** The new expiry in ms; without it Synapse renews by the period its configuration sets. */
  expiresAtMs?: number;
  /** Whether Synapse sends renewal emails for this validity period. */
  renewalEmails: boolean;
};

const renewedSchema = z.looseObject({ expiration_ts: z.number().int() });

/**
 * Renews (or sets) when a user's account expires, through Synapse's legacy account validity
 * (`account_validity` in homeserver.yaml, or a module that takes over the admin request). Synapse
 * checks nothing else: on a server without account validity, a given expiry is stored and
 * ignored, and a renewal by the period fails on its missing period (500, "Internal server error").
 */
export async function renewAccountValidity(
  http: SynapseHttp,
  renewal: AccountValidityRenewal,
): Promise<number> {
  const answer = await http.request(renewedSchema, {
    method: "POST",
    path: "/_synapse/admin/v1/account_validity/validity",
    body: {
      user_id: renewal.userId,
      ...(renewal.expiresAtMs === undefined ? {} : { expiration_ts: renewal.expiresAtMs }),
      enable_renewal_emails: renewal.renewalEmails,
    },
    what: `renew the account of ${renewal.userId}`,
  });
  return answer.expiration_ts;
}
