"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { readOwnedMedia, setUserMediaProtected } from "@/lib/operations/user-media";
import { setMediaProtectedSchema } from "@/lib/schemas/media-item";
import { defineAction } from "./define-action";

/** Protects selected files of a user from quarantine, or takes that away; operator, as quarantine. */
export const setMediaProtected = defineAction({
  name: "media.set_protected",
  role: "operator",
  input: setMediaProtectedSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  readBefore: async (input) => readOwnedMedia(await getServiceSynapse(), input),
  run: async (input, { before }) => setUserMediaProtected(await getServiceSynapse(), input, before),
});
