import { z } from "zod";
import { roomAliasSchema, roomIdSchema } from "@/lib/schemas/matrix-id";

/** Matrix power levels are integers in canonical JSON's range, -(2^53 - 1) to 2^53 - 1. */
export const powerLevelSchema = z.number({ error: "must be a whole number" }).int({
  error: (issue) =>
    Number.isInteger(issue.input)
      ? "must be between -(2^53 - 1) and 2^53 - 1, Matrix's range for power levels"
      : "must be a whole number",
});

export const booleanField = (description: string) =>
  z.boolean({ error: "must be true or false" }).optional().meta({ description });

export const textField = (description: string) =>
  z.string({ error: "must be text" }).nullish().meta({ description });

/** A room by ID (`!abc:example.org`) or, for a room declared under `rooms`, by alias. */
export const roomReferenceSchema = z.union([roomIdSchema, roomAliasSchema], {
  error: "must be a room ID such as !abc:example.org or an alias such as #lobby:example.org",
});
