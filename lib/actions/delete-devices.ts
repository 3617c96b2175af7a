"use server";

import { deleteUserDevices } from "@/lib/devices/device-changes";
import { deleteDevicesSchema } from "@/lib/devices/device-schemas";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { defineAction } from "./define-action";

/**
 * Deletes one or several devices of one user, logging those sessions out. Audited per device
 * (deleteUserDevices writes "device.delete" for each), so the action itself is not.
 */
export const deleteDevices = defineAction({
  name: "device.delete",
  role: "operator",
  input: deleteDevicesSchema,
  mutates: false,
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "remove_devices" }),
  run: async (input, { actor }) => deleteUserDevices(await getServiceSynapse(), actor, input),
});
