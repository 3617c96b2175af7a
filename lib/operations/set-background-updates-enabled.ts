import { recordChange } from "@/lib/audit/changes";
import type { SetBackgroundUpdatesEnabledInput } from "@/lib/schemas/server-page";
import type { SynapseClient } from "@/lib/synapse";

/** Whether background updates run before the change, for the audit's from → to. */
export async function readBackgroundUpdatesEnabled(synapse: SynapseClient) {
  return (await synapse.backgroundUpdates.status()).enabled;
}

/**
 * Pauses or resumes Synapse's background updates (on every database). Pausing lasts until resumed
 * or until Synapse restarts, which resumes them.
 */
export async function setBackgroundUpdatesEnabled(
  synapse: SynapseClient,
  input: SetBackgroundUpdatesEnabledInput,
  before?: Promise<boolean>,
) {
  const from = await (before ?? readBackgroundUpdatesEnabled(synapse));
  const enabled = await synapse.backgroundUpdates.setEnabled(input.enabled);
  recordChange("background_updates_enabled", from, enabled);
  return { enabled };
}
