import { ActionError } from "@/lib/actions/action-result";
import type { ResetDestinationConnectionInput } from "@/lib/schemas/federation";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import { isBackingOff } from "@/lib/synapse/federation";

/**
 * Ends Synapse's back-off for a destination so it retries at once. Synapse's own refusals (unknown
 * server, not backing off) become sentences a person can act on.
 */
export async function resetDestinationConnection(
  synapse: SynapseClient,
  { destination }: ResetDestinationConnectionInput,
) {
  try {
    await synapse.federation.resetConnection(destination);
  } catch (error) {
    if (isSynapseError(error, "not_found")) {
      throw new ActionError(
        `Synapse has never talked to ${destination}; there is nothing to reset.`,
      );
    }
    if (isSynapseError(error, "bad_request")) {
      throw new ActionError(
        `Synapse is not backing off ${destination}, so there is nothing to reset: it already sends to it as soon as there is something to send.`,
      );
    }
    throw error;
  }
  const after = await synapse.federation.get(destination);
  return { destination, backingOff: isBackingOff(after) };
}
