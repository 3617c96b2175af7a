import { staleCleanupParamsSchema, type StaleCleanupParams } from "@/lib/devices/cleanup-schema";
import { runStaleCleanup } from "@/lib/devices/stale-cleanup";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import type { JobKindDefinition } from "../job-kind";

/** Scans devices afresh, applies the saved stale rule, and reports or revokes what it selects. */
export const staleDeviceCleanupKind: JobKindDefinition<StaleCleanupParams> = {
  kind: "stale_device_cleanup",
  label: "Stale device clean-up",
  params: staleCleanupParamsSchema,
  run: async (params, context) => runStaleCleanup(await getServiceSynapse(), params, context),
};
