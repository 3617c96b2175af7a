import { z } from "zod";

// What Synapse holds of what a policy manages, as the planner reads it. The shape is corporal's
// current-state file (`{"users": [{"id", "active", "displayName", "avatarMxcUri",
// "avatarSourceUriHash", "joinedRooms"}]}`), so its files plan here unchanged, plus the console's
// additions (admin, userType, rooms) that the live reader fills in.

export type CurrentUser = {
  id: string;
  active: boolean;
  displayName?: string | null;
  avatarMxcUri?: string | null;
  /** Hash of the avatarUri the current picture came from: SHA-256 (ours) or SHA-512 (corporal's), hex. */
  avatarSourceUriHash?: string | null;
  /** Managed rooms only (rooms outside managedRoomIds are ignored if present). */
  joinedRooms: { roomId: string; powerLevel: number }[];
  admin?: boolean;
  userType?: string | null;
  /**
   * The user's email addresses, when the reader was asked for them (one request per user, so a
   * lifecycle run reads them for its few users and a whole plan does not): absent, email is not planned.
   */
  emails?: string[];
};

export type CurrentRoom = {
  roomId: string;
  /** A managed or declared room that exists; its alias when the policy names it by one. */
  alias?: string;
  /** From its m.room.power_levels; absent in corporal state files (then assume allowed). */
  serviceAccountPower?: number;
  powerLevelsChangeLevel?: number;
  kickLevel?: number;
  usersDefault?: number;
};

/** When `rooms` is absent (corporal's files) every managed room is taken to exist. */
export type CurrentState = { users: CurrentUser[]; rooms?: CurrentRoom[] };

const level = z.number().int();

const currentUserSchema = z.looseObject({
  id: z.string(),
  active: z.boolean(),
  displayName: z.string().nullish(),
  avatarMxcUri: z.string().nullish(),
  avatarSourceUriHash: z.string().nullish(),
  // Go writes an empty list as null.
  joinedRooms: z
    .array(z.looseObject({ roomId: z.string(), powerLevel: level }))
    .nullish()
    .transform((rooms) => rooms ?? []),
  admin: z.boolean().optional(),
  userType: z.string().nullish(),
});

const currentRoomSchema = z.looseObject({
  roomId: z.string(),
  alias: z.string().optional(),
  serviceAccountPower: level.optional(),
  powerLevelsChangeLevel: level.optional(),
  kickLevel: level.optional(),
  usersDefault: level.optional(),
});

/** Accepts corporal's current-state file unchanged. */
export const currentStateSchema: z.ZodType<CurrentState, unknown> = z.looseObject({
  users: z
    .array(currentUserSchema)
    .nullish()
    .transform((users) => users ?? []),
  rooms: z.array(currentRoomSchema).optional(),
});
