import { z } from "zod";
import { matrixUserIdSchema } from "./matrix-id";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "./text";

export const setDisplayNameSchema = z.object({
  userId: z.string().trim().pipe(matrixUserIdSchema),
  displayName: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(256, "must be at most 256 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
});

export type SetDisplayNameInput = z.infer<typeof setDisplayNameSchema>;
