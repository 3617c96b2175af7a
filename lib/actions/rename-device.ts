"use server";

import { renameDeviceSchema } from "@/lib/devices/device-schemas";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { defineAction } from "./define-action";

export const renameDevice = defineAction({
  name: "device.rename",
  role: "operator",
  input: renameDeviceSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async ({ userId, deviceId, displayName }) => {
    const synapse = await getServiceSynapse();
    await synapse.devices.rename(userId, deviceId, displayName);
    return { deviceId, displayName };
  },
});
