import { z } from "zod";
import { entryReasonSchema } from "./entry-reason";
import { matrixUserIdSchema, roomIdSchema } from "./matrix-id";
import { opaqueIdSchema } from "./opaque-id";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "./text";
import { wholeNumber } from "./whole-number";
import { userIdLinesSchema } from "./user-id-lines";

const roomId = z.string().trim().pipe(roomIdSchema);
const userId = z.string().trim().pipe(matrixUserIdSchema);

/** Most user IDs one join request takes; more belong in a job. */
export const MAX_JOIN_USERS = 50;

/** One user ID per line; blank lines are ignored and repeats joined once. */
const userIdLines = userIdLinesSchema({ min: 1, max: MAX_JOIN_USERS });

export const joinRoomUsersSchema = z.object({
  roomId,
  userIds: userIdLines,
  reason: entryReasonSchema,
});
export type JoinRoomUsersForm = z.input<typeof joinRoomUsersSchema>;

export const makeRoomAdminSchema = z.object({ roomId, userId, reason: entryReasonSchema });
export type MakeRoomAdminForm = z.input<typeof makeRoomAdminSchema>;

export const roomFlagSchema = z.object({ roomId, enabled: z.boolean() });
export type RoomFlagInput = z.infer<typeof roomFlagSchema>;

export const roomOnlySchema = z.object({ roomId });

/** Matrix power levels are integers in the canonical JSON range. */
const MAX_POWER_LEVEL = 2 ** 53 - 1;

export const setPowerLevelSchema = z.object({
  roomId,
  userId,
  level: wholeNumber(
    z.number().min(-MAX_POWER_LEVEL, "is too small").max(MAX_POWER_LEVEL, "is too large"),
  ),
  reason: entryReasonSchema,
});
export type SetPowerLevelForm = z.input<typeof setPowerLevelSchema>;
export type SetPowerLevelInput = z.output<typeof setPowerLevelSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS);

export const deleteRoomSchema = z
  .object({
    roomId,
    block: z.boolean(),
    purge: z.boolean(),
    forcePurge: z.boolean(),
    /** Empty: members are only removed; a user ID: they are moved to a new room that user creates. */
    newRoomUserId: z.union([z.literal(""), z.string().trim().pipe(matrixUserIdSchema)]),
    roomName: optionalText(256),
    message: optionalText(1000),
  })
  .refine((input) => input.purge || !input.forcePurge, {
    path: ["forcePurge"],
    message: "only applies when the room's history is purged",
  });
export type DeleteRoomInput = z.infer<typeof deleteRoomSchema>;

export const deleteStatusSchema = z.object({ deleteId: opaqueIdSchema() });

export const purgeHistorySchema = z.object({
  roomId,
  /** Events older than this (ms since the epoch) are purged; the form reads it in local time. */
  upToTs: z
    .number({ message: "must be a date and time" })
    .int()
    .positive("must be a date and time")
    .refine((ts) => ts <= Date.now(), "must not be in the future"),
  deleteLocalEvents: z.boolean(),
});
export type PurgeHistoryInput = z.infer<typeof purgeHistorySchema>;

export const purgeStatusSchema = z.object({ purgeId: opaqueIdSchema() });
