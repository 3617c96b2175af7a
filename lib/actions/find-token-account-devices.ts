"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { findAccountDevices } from "@/lib/tokens/account-devices";
import { managedUserSchema } from "@/lib/tokens/schemas";
import { defineAction } from "./define-action";

/** Read-only: an account's devices, for the manage dialog's "device the account uses now". */
export const findTokenAccountDevices = defineAction({
  name: "token.account_devices",
  role: "admin",
  input: managedUserSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ userId }) => findAccountDevices(await getServiceSynapse(), userId),
});
