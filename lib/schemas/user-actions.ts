import { z } from "zod";
import {
  matrixUserIdSchema,
  newUserLocalpartSchema,
  roomAliasSchema,
  roomIdSchema,
} from "./matrix-id";

const userId = z.string().trim().pipe(matrixUserIdSchema);
/** Empty means "generate one and show it once". */
const optionalPassword = z
  .string()
  .refine(
    (value) => value === "" || value.length >= 8,
    "must be at least 8 characters, or empty to generate one",
  );

export const USER_TYPES = ["bot", "support"] as const;

export const createUserSchema = z.object({
  localpart: z.string().trim().toLowerCase().pipe(newUserLocalpartSchema),
  displayName: z.string().trim().max(256, "must be at most 256 characters"),
  password: optionalPassword,
  admin: z.boolean(),
  userType: z.enum([...USER_TYPES, "normal"]),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const resetPasswordSchema = z.object({
  userId,
  password: optionalPassword,
  logoutDevices: z.boolean(),
});

export const userFlagSchema = z.object({ userId, enabled: z.boolean() });

export const deactivateUserSchema = z.object({ userId, erase: z.boolean() });

export const reactivateUserSchema = z.object({
  userId,
  password: z.string().min(8, "must be at least 8 characters"),
});

export const rateLimitSchema = z.object({
  userId,
  messagesPerSecond: z.coerce.number().min(0, "must be 0 or more"),
  burstCount: z.coerce.number().int("must be a whole number").min(0, "must be 0 or more"),
});

export const joinRoomSchema = z.object({
  userId,
  room: z
    .string()
    .trim()
    .pipe(
      z.union([roomIdSchema, roomAliasSchema], {
        error: "must be a room ID (!…) or alias (#…:server)",
      }),
    ),
});

export const userIdSchema = z.object({ userId });
