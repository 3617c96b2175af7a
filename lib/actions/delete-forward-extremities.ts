"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  countForwardExtremities,
  deleteForwardExtremities as deleteExtremities,
} from "@/lib/operations/delete-forward-extremities";
import { roomOnlySchema } from "@/lib/schemas/room-actions";
import { defineAction } from "./define-action";

// Admin: it edits the room's event graph in Synapse's database behind federation's back, a repair
// Synapse's docs keep for server admins who know the room is slowed down by them.
export const deleteForwardExtremities = defineAction({
  name: "room.delete_forward_extremities",
  role: "admin",
  input: roomOnlySchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: TARGETS_NO_USER,
  readBefore: async ({ roomId }) => countForwardExtremities(await getServiceSynapse(), roomId),
  run: async ({ roomId }, { before }) =>
    deleteExtremities(await getServiceSynapse(), roomId, before),
});
