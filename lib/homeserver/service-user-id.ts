import "server-only";
import type { SynapseClient } from "@/lib/synapse";
import { getHomeserverOrThrow } from "./get-homeserver";

/** The console's own Matrix ID: as stored, else as Synapse says its token's owner is. */
export async function getServiceUserId(synapse: SynapseClient): Promise<string> {
  const { serviceUserId } = await getHomeserverOrThrow();
  return serviceUserId ?? (await synapse.session.whoAmI()).user_id;
}
