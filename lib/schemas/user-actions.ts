import { z } from "zod";
import { entryReasonSchema } from "./entry-reason";
import { redactionReasonSchema } from "./user-redaction";
import { matrixUserIdSchema, roomAliasSchema, roomIdSchema } from "./matrix-id";
import { MAX_USER_ID_LENGTH, newUserNameSchema } from "./new-user-name";
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

/** The fields of a new account other than its name. */
const newUserFields = {
  displayName: z
    .string()
    .trim()
    .max(256, "must be at most 256 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
  password: optionalPassword,
  admin: z.boolean(),
  userType: z.enum([...USER_TYPES, "normal"]),
};

/**
 * A new account on `serverName`, as the form checks it and the action checks it again once it
 * knows the server: the name is read as a localpart (see newUserNameSchema).
 */
export const createUserSchema = (serverName: string) =>
  z.object({ localpart: newUserNameSchema(serverName), ...newUserFields });
export type CreateUserInput = z.output<ReturnType<typeof createUserSchema>>;

/**
 * What the create-user action takes before it knows the server name: the name only bounded here,
 * since whether it fits depends on the server; the action parses it with createUserSchema then.
 */
export const createUserRequestSchema = z.object({
  localpart: z
    .string()
    .max(MAX_USER_ID_LENGTH, `must be at most ${MAX_USER_ID_LENGTH} characters`)
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
  ...newUserFields,
});

export const resetPasswordSchema = z.object({
  userId,
  password: optionalPassword,
  logoutDevices: z.boolean(),
});

export const userFlagSchema = z.object({ userId, enabled: z.boolean() });

export const deactivateUserSchema = z
  .object({
    userId,
    erase: z.boolean(),
    /** Also redact their messages in the rooms they were in, once deactivated (with this reason). */
    redact: z.boolean().optional(),
    redactReason: redactionReasonSchema.optional(),
  })
  .refine((input) => !input.redact || input.redactReason !== undefined, {
    path: ["redactReason"],
    message: "must say why the messages go (room members read it with each redaction)",
  });

export const reactivateUserSchema = z.object({
  userId,
  password: password.min(8, "must be at least 8 characters"),
});

/**
 * Bounds of a custom rate limit. Synapse takes whole numbers only and reads 0 messages per second
 * as "exempt from every rate limit", whatever the burst; a burst of 0 with any rate lets no message
 * through. So both start at 1, and "no limit" is a choice of its own rather than a 0 typed in.
 * The tops are 500 and 100 times the server's defaults (rc_message: 0.2 a second, bursts of 10):
 * a limit above them holds back no person or bridge in practice, so it would be "no limit" in
 * disguise; whoever means that chooses it by name.
 */
export const MAX_MESSAGES_PER_SECOND = 100;
export const MAX_BURST_COUNT = 1000;

/** A count typed into a limit field; an empty field is named as such, not read as 0. */
function limitCount(max: number, below: string) {
  return z
    .union([z.number(), z.string()], { error: "must be a whole number" })
    .refine((value) => String(value).trim() !== "", "must not be empty")
    .pipe(
      wholeNumber(
        z
          .number()
          .min(1, `must be at least 1; ${below}`)
          .max(max, `must be at most ${max}; for more, choose "No limit"`),
      ),
    );
}

/** The limit an override sets: a custom one, or none at all (Synapse's 0 and 0). */
export const rateLimitChoiceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({
    kind: z.literal("custom"),
    messagesPerSecond: limitCount(MAX_MESSAGES_PER_SECOND, 'to lift the limit, choose "No limit"'),
    burstCount: limitCount(MAX_BURST_COUNT, "a burst of 0 lets no message through"),
  }),
]);
export type RateLimitChoice = z.infer<typeof rateLimitChoiceSchema>;

export const rateLimitSchema = z.object({ userId, limit: rateLimitChoiceSchema });
export type RateLimitInput = z.infer<typeof rateLimitSchema>;

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
