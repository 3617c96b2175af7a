import { z } from "zod";
import { matrixUserIdSchema, roomAliasSchema } from "@/lib/schemas/matrix-id";
import { booleanField, powerLevelSchema } from "./field-types";

export const JOIN_RULES = [
  "public",
  "invite",
  "knock",
  "restricted",
  "knock_restricted",
  "private",
] as const;
export const HISTORY_VISIBILITIES = ["world_readable", "shared", "invited", "joined"] as const;

const level = (description: string) => powerLevelSchema.optional().meta({ description });

/** Matrix's own m.room.power_levels names, since they go to Synapse as they are. */
export const roomPowerLevelsSchema = z
  .looseObject({
    users_default: level("Power of members with no level of their own (Matrix default 0)."),
    events_default: level("Power needed to send messages (Matrix default 0)."),
    state_default: level("Power needed to change room settings (Matrix default 50)."),
    ban: level("Power needed to ban (Matrix default 50)."),
    kick: level("Power needed to remove a member (Matrix default 50)."),
    redact: level("Power needed to remove others' messages (Matrix default 50)."),
    invite: level("Power needed to invite (Matrix default 0)."),
    events: z
      .record(z.string(), powerLevelSchema)
      .optional()
      .meta({ description: 'Power needed per event type, e.g. {"m.room.name": 50}.' }),
    users: z.record(matrixUserIdSchema, powerLevelSchema).optional().meta({
      description:
        "Levels of particular users from the start; joinedRooms sets members' levels too.",
    }),
    notifications: z
      .looseObject({ room: level("Power needed to notify the whole room with @room.") })
      .optional(),
  })
  .meta({ description: "Power levels the room is created with (m.room.power_levels names)." });

/** A room or space the console creates when missing (a console addition; corporal ignores it). */
export const roomDeclarationSchema = z
  .looseObject({
    alias: roomAliasSchema.meta({
      description:
        "The room's alias on this server, e.g. #lobby:example.org; usable in managedRoomIds and joinedRooms.",
    }),
    name: z.string({ error: "must be text" }).optional().meta({ description: "The room's name." }),
    topic: z
      .string({ error: "must be text" })
      .optional()
      .meta({ description: "The room's topic." }),
    encrypted: booleanField("Whether messages are end-to-end encrypted (cannot be undone)."),
    joinRule: z
      .enum(JOIN_RULES, { error: `must be one of ${JOIN_RULES.join(", ")}` })
      .optional()
      .meta({
        description:
          "Who may join: public, invite, knock, restricted (members of the parent space)…",
      }),
    historyVisibility: z
      .enum(HISTORY_VISIBILITIES, { error: `must be one of ${HISTORY_VISIBILITIES.join(", ")}` })
      .optional()
      .meta({ description: "Who may read past messages." }),
    parent: roomAliasSchema
      .optional()
      .meta({ description: "Alias of the declared space this room belongs to." }),
    isSpace: booleanField("Whether this is a space (a group of rooms) instead of a room."),
    powerLevels: roomPowerLevelsSchema.optional(),
  })
  .meta({ description: "A room or space the console creates when it is missing." });

export type PolicyRoomDeclaration = z.infer<typeof roomDeclarationSchema>;
