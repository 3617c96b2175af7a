import { z } from "zod";
import { isSynapseError } from "./errors";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

/** The media Synapse stores third-party IDs under: an email address or a phone number. */
export type ThreepidMedium = "email" | "msisdn";

const threepidOwnerSchema = z.looseObject({ user_id: z.string() });

/**
 * The local user who has this email address or phone number among their third-party IDs, or null
 * when nobody has. Synapse matches the address exactly as stored: emails in lower case, phone
 * numbers as digits with the country code and no "+".
 */
export async function findUserByThreepid(
  http: SynapseHttp,
  medium: ThreepidMedium,
  address: string,
): Promise<string | null> {
  try {
    const answer = await http.request(threepidOwnerSchema, {
      path: synapsePath`/_synapse/admin/v1/threepid/${medium}/users/${address}`,
      what: `look up who has the ${medium === "email" ? "email address" : "phone number"} ${address}`,
    });
    return answer.user_id;
  } catch (error) {
    // M_UNRECOGNIZED (a Synapse without this endpoint) is a 404 too, but says nothing of the address.
    if (isSynapseError(error, "not_found") && error.errcode === "M_NOT_FOUND") return null;
    throw error;
  }
}
