import { z } from "zod";
import { matrixUserIdSchema, roomIdSchema } from "./matrix-id";
import { opaqueIdSchema } from "./opaque-id";
import { hasNoControlCharactersButLines, NO_CONTROL_CHARACTERS } from "./text";
import { wholeNumber } from "./whole-number";

const userId = z.string().trim().pipe(matrixUserIdSchema);

/** More rooms than a person ticks in a dialog; "every room" is a choice of its own. */
export const MAX_REDACT_ROOMS = 500;
/** Synapse's own default per room, and the most one request may ask for. */
export const DEFAULT_REDACT_LIMIT = 1000;
export const MAX_REDACT_LIMIT = 100_000;

/**
 * Why the messages go: Synapse puts it in every redaction event, so the rooms' members read it,
 * and the audit entry keeps it.
 */
export const redactionReasonSchema = z
  .string()
  .trim()
  .min(5, "must say why, in at least 5 characters")
  .max(500, "must be at most 500 characters")
  .refine(hasNoControlCharactersButLines, NO_CONTROL_CHARACTERS);

/** The rooms to redact in: none listed means every room the user is in (Synapse's reading). */
export const redactRoomsSchema = z
  .array(z.string().trim().pipe(roomIdSchema))
  .max(MAX_REDACT_ROOMS, `must be at most ${MAX_REDACT_ROOMS} rooms; choose every room instead`)
  .refine((rooms) => new Set(rooms).size === rooms.length, "must not name a room twice");

export const redactUserEventsSchema = z.object({
  userId,
  rooms: redactRoomsSchema,
  reason: redactionReasonSchema,
  /** Events per room at most; Synapse's default of 1000 when left out. */
  limit: wholeNumber(
    z
      .number()
      .min(1, "must be at least 1")
      .max(MAX_REDACT_LIMIT, `must be at most ${MAX_REDACT_LIMIT}`),
  ).optional(),
});
export type RedactUserEventsInput = z.infer<typeof redactUserEventsSchema>;

export const redactStatusSchema = z.object({ redactId: opaqueIdSchema() });
