"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  countMediaOf,
  deleteAllUserMedia as deleteAll,
} from "@/lib/operations/delete-all-user-media";
import { deleteUserMediaSchema } from "@/lib/schemas/media-item";
import { defineAction } from "./define-action";

/** Deletes every file the user uploaded; admin, since nothing deleted can be brought back. */
export const deleteAllUserMedia = defineAction({
  name: "user.delete_media",
  role: "admin",
  input: deleteUserMediaSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  readBefore: async (input) => countMediaOf(await getServiceSynapse(), input.userId),
  run: async (input, { before }) => deleteAll(await getServiceSynapse(), input.userId, { before }),
});
