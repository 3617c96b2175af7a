import { z } from "zod";
import { policyJoinedRoomSchema } from "./joined-room-schema";

/**
 * A named set of managed rooms with power levels (a console addition; corporal ignores it). Users
 * list the groups they belong to and the planner adds the groups' rooms to their own joinedRooms.
 */
export const policyGroupSchema = z
  .looseObject({
    name: z
      .string({ error: "must be text" })
      .min(1, "must not be empty")
      .refine((name) => name.trim() === name, "must not start or end with a space")
      .meta({
        description: 'The group\'s name, unique in the policy, as users list it in "groups".',
      }),
    joinedRooms: z.array(policyJoinedRoomSchema, { error: "must be a list" }).nullish().meta({
      description:
        "Managed rooms every active member is in, with their power there; a member's own joinedRooms entry for the same room wins, and between groups the higher level wins.",
    }),
  })
  .meta({ description: "Console addition: a named set of managed rooms that users join." });
