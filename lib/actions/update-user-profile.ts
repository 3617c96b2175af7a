"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { updateUserProfile as updateProfile } from "@/lib/operations/update-user-profile";
import { updateUserProfileSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const updateUserProfile = defineAction({
  name: "user.update_profile",
  role: "operator",
  input: updateUserProfileSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change_identities" }),
  run: async (input) => updateProfile(await getServiceSynapse(), input),
});
