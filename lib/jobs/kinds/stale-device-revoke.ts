import { revokeStaleDevices } from "@/lib/devices/revoke-stale";
import { staleRevokeParamsSchema, type StaleRevokeParams } from "@/lib/devices/revoke-schema";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import type { JobKindDefinition } from "../job-kind";

/** Revokes the stale devices a dry run listed, one audited deletion per device. */
export const staleDeviceRevokeKind: JobKindDefinition<StaleRevokeParams> = {
  kind: "stale_device_revoke",
  label: "Stale device revoke",
  params: staleRevokeParamsSchema,
  run: async (params, context) => revokeStaleDevices(await getServiceSynapse(), params, context),
};
