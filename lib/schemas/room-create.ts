import { z } from "zod";
import { userIdLinesSchema } from "./user-id-lines";
import { matrixUserIdSchema } from "./matrix-id";
import {
  hasNoControlCharacters,
  hasNoControlCharactersButLines,
  NO_CONTROL_CHARACTERS,
} from "./text";

export const JOIN_RULES = ["public", "invite", "knock"] as const;
export const HISTORY_VISIBILITIES = ["shared", "invited", "joined", "world_readable"] as const;
export const DIRECTORY_VISIBILITIES = ["private", "public"] as const;

/** Most invitations one creation sends; more belong in a join of many users afterwards. */
export const MAX_INVITES = 50;
/**
 * The console's account creates the room with level 100; nobody may be set above it, or the
 * console could no longer manage that user or send that event.
 */
export const MAX_CUSTOM_LEVEL = 100;
const MIN_LEVEL = -(2 ** 53 - 1);

/** A power level typed into a text field: a whole number, never an empty field read as 0. */
const levelSchema = z
  .union([z.number(), z.string()])
  .transform((value, context) => {
    const text = String(value).trim();
    if (/^-?\d+$/.test(text)) return Number(text);
    context.addIssue({ code: "custom", message: "must be a whole number" });
    return z.NEVER;
  })
  .pipe(
    z
      .number()
      .min(MIN_LEVEL, "is too small")
      .max(MAX_CUSTOM_LEVEL, `must be at most ${MAX_CUSTOM_LEVEL}, the console's own level`),
  );

/** Between `#` and `:server`; Synapse refuses whitespace and colons there. */
const aliasLocalpartSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/^#/, ""))
  .refine((value) => !/[\s:]/.test(value), "may not contain spaces or colons")
  // Tabs and line breaks are already refused as spaces.
  .refine(hasNoControlCharactersButLines, NO_CONTROL_CHARACTERS)
  .refine((value) => value.length <= 200, "must be at most 200 characters");

/** One user ID per line; blank lines are ignored and repeats invited once. */
const inviteLinesSchema = userIdLinesSchema({ min: 0, max: MAX_INVITES });

const userLevelSchema = z.object({
  userId: z.string().trim().pipe(matrixUserIdSchema),
  level: levelSchema,
});

const eventLevelSchema = z.object({
  eventType: z
    .string()
    .trim()
    .min(1, "must name an event type such as m.room.topic")
    .max(255, "must be at most 255 characters")
    .refine((value) => !/\s/.test(value), "may not contain spaces")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
  level: levelSchema,
});

/** Adds an issue at each repeated key, so the form marks the second row that repeats the first. */
function flagRepeats(
  keys: string[],
  context: z.RefinementCtx,
  path: (index: number) => (string | number)[],
) {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (seen.has(key))
      context.addIssue({ code: "custom", path: path(index), message: "is repeated" });
    seen.add(key);
  });
}

export const createRoomSchema = z
  .object({
    name: z
      .string()
      .trim()
      .max(255, "must be at most 255 characters")
      .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
    aliasLocalpart: aliasLocalpartSchema,
    topic: z
      .string()
      .trim()
      .max(1000, "must be at most 1000 characters")
      .refine(hasNoControlCharactersButLines, NO_CONTROL_CHARACTERS),
    visibility: z.enum(DIRECTORY_VISIBILITIES),
    joinRule: z.enum(JOIN_RULES),
    historyVisibility: z.enum(HISTORY_VISIBILITIES),
    encrypted: z.boolean(),
    space: z.boolean(),
    invites: inviteLinesSchema,
    userLevels: z.array(userLevelSchema).max(100, "may have at most 100 rows"),
    eventLevels: z.array(eventLevelSchema).max(100, "may have at most 100 rows"),
  })
  .superRefine((input, context) => {
    flagRepeats(
      input.userLevels.map((row) => row.userId),
      context,
      (index) => ["userLevels", index, "userId"],
    );
    flagRepeats(
      input.eventLevels.map((row) => row.eventType),
      context,
      (index) => ["eventLevels", index, "eventType"],
    );
  });

export type CreateRoomForm = z.input<typeof createRoomSchema>;
export type CreateRoomInput = z.output<typeof createRoomSchema>;

export const CREATE_ROOM_DEFAULTS: CreateRoomForm = {
  name: "",
  aliasLocalpart: "",
  topic: "",
  visibility: "private",
  joinRule: "invite",
  historyVisibility: "shared",
  encrypted: true,
  space: false,
  invites: "",
  userLevels: [],
  eventLevels: [],
};
