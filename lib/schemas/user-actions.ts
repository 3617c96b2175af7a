import { z } from "zod";
import { entryReasonSchema } from "./entry-reason";
import {
  matrixUserIdSchema,
  newUserLocalpartSchema,
  roomAliasSchema,
  roomIdSchema,
} from "./matrix-id";
import {
  hasNoControlCharacters,
  hasNoControlCharactersButLines,
  NO_CONTROL_CHARACTERS,
} from "./text";
import { wholeNumber } from "./whole-number";

const userId = z.string().trim().pipe(matrixUserIdSchema);
/** Synapse refuses longer passwords; control characters are never typed on purpose. */
const password = z
  .string()
  .max(512, "must be at most 512 characters")
  .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS);

/** Empty means "generate one and show it once". */
const optionalPassword = password.refine(
  (value) => value === "" || value.length >= 8,
  "must be at least 8 characters, or empty to generate one",
);

export const USER_TYPES = ["bot", "support"] as const;

export const createUserSchema = z.object({
  localpart: z.string().trim().toLowerCase().pipe(newUserLocalpartSchema),
  displayName: z
    .string()
    .trim()
    .max(256, "must be at most 256 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
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
  password: password.min(8, "must be at least 8 characters"),
});

export const rateLimitSchema = z.object({
  userId,
  // Synapse accepts whole numbers only here.
  messagesPerSecond: wholeNumber(z.number().min(0, "must be 0 or more")),
  burstCount: wholeNumber(z.number().min(0, "must be 0 or more")),
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
  reason: entryReasonSchema,
});

export const userIdSchema = z.object({ userId });

/** One `prefix:value` pair per line, as the profile form's text areas take 3PIDs and external IDs. */
const PAIR_LINE = /^[^:\s]+:\S.*$/;
const pairLines = (example: string) =>
  z
    .string()
    .max(10_000, "must be at most 10000 characters")
    .refine(hasNoControlCharactersButLines, NO_CONTROL_CHARACTERS)
    .refine(
      (value) => toPairs(value).every((line) => PAIR_LINE.test(line)),
      `must have one ${example} per line`,
    );

/** The non-empty, trimmed lines of a text area. */
export function toPairs(value: string): string[] {
  return value
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

export const updateUserProfileSchema = z.object({
  userId,
  displayName: z
    .string()
    .trim()
    .max(256, "must be at most 256 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
  avatarUrl: z
    .string()
    .trim()
    .max(1000, "must be at most 1000 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS)
    .refine((value) => value === "" || value.startsWith("mxc://"), "must be an mxc:// URL"),
  threepids: pairLines("medium:address such as email:bob@example.org"),
  externalIds: pairLines("provider:id such as oidc:4711"),
});
export type UpdateUserProfileInput = z.infer<typeof updateUserProfileSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
export type UserFlagInput = z.infer<typeof userFlagSchema>;
export type DeactivateUserInput = z.infer<typeof deactivateUserSchema>;
export type ReactivateUserInput = z.infer<typeof reactivateUserSchema>;
export type JoinRoomInput = z.infer<typeof joinRoomSchema>;
