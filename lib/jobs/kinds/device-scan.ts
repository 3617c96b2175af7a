import { scanDevices } from "@/lib/devices/scan-devices";
import { deviceScanParamsSchema, type DeviceScanParams } from "@/lib/devices/scan-schema";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import type { JobKindDefinition } from "../job-kind";

/** Reads every user's devices into a snapshot the Devices page queries. */
export const deviceScanKind: JobKindDefinition<DeviceScanParams> = {
  kind: "device_scan",
  label: "Device scan",
  params: deviceScanParamsSchema,
  run: async (params, context) => scanDevices(await getServiceSynapse(), params, context),
};
