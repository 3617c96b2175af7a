"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { quarantineRoomMedia as quarantine } from "@/lib/operations/quarantine-room-media";
import { quarantineRoomMediaSchema } from "@/lib/schemas/media-item";
import { defineAction } from "./define-action";

/**
 * Quarantines every file a room's messages point at. Operator, as quarantining one file: it is how
 * a room full of abusive images is made unreachable at once, and each file can be released again.
 */
export const quarantineRoomMedia = defineAction({
  name: "room.quarantine_media",
  role: "operator",
  input: quarantineRoomMediaSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => quarantine(await getServiceSynapse(), input),
});
