"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { deleteUserMediaItems as deleteItems, readOwnedMedia } from "@/lib/operations/user-media";
import { userMediaItemsSchema } from "@/lib/schemas/media-item";
import { defineAction } from "./define-action";

/**
 * Deletes selected files of a user for good. Admin: Synapse keeps no copy, so unlike quarantine
 * (which operators may do and undo) a mistake cannot be taken back.
 */
export const deleteUserMediaItems = defineAction({
  name: "media.delete",
  role: "admin",
  input: userMediaItemsSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  readBefore: async (input) => readOwnedMedia(await getServiceSynapse(), input),
  run: async (input, { before }) => deleteItems(await getServiceSynapse(), input, before),
});
