import { z } from "zod";
import { powerLevelSchema, roomReferenceSchema } from "./field-types";

export const policyJoinedRoomSchema = z
  .looseObject({
    roomId: roomReferenceSchema.meta({
      description: "A room of managedRoomIds, by ID or declared alias.",
    }),
    powerLevel: powerLevelSchema
      .optional()
      .meta({ description: "The user's power in the room (default 0)." }),
  })
  .meta({ description: "A managed room the user is in, with their power there." });

export type PolicyJoinedRoom = z.infer<typeof policyJoinedRoomSchema>;
