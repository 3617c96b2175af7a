"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { readOwnedMedia, setUserMediaQuarantined } from "@/lib/operations/user-media";
import { setMediaQuarantinedSchema } from "@/lib/schemas/media-item";
import { defineAction } from "./define-action";

/**
 * Quarantines selected files of a user, or releases them. Operator: it is the everyday answer to
 * a report of abusive content, and it can be undone (the file stays on disk, unserved).
 */
export const setMediaQuarantined = defineAction({
  name: "media.set_quarantined",
  role: "operator",
  input: setMediaQuarantinedSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  readBefore: async (input) => readOwnedMedia(await getServiceSynapse(), input),
  run: async (input, { before }) =>
    setUserMediaQuarantined(await getServiceSynapse(), input, before),
});
