import { z } from "zod";
import { matrixUserIdSchema, newUserLocalpartSchema } from "./matrix-id";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "./text";

/** A secret or token pasted into the form: one line, of a sane length. */
const secret = z
  .string()
  .min(1, "is required")
  .max(1024, "must be at most 1024 characters")
  .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS);

const baseUrl = z
  .string()
  .trim()
  .max(2000, "must be at most 2000 characters")
  .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS)
  .pipe(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }))
  .transform((url) => url.replace(/\/+$/, ""));

/** How the console reaches the homeserver and signs its service account in, as the setup form sends it. */
export const connectionSchema = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("shared_secret"),
    baseUrl,
    sharedSecret: secret,
    localpart: z.string().trim().pipe(newUserLocalpartSchema),
  }),
  z.object({
    method: z.literal("access_token"),
    baseUrl,
    accessToken: z.string().trim().pipe(secret),
  }),
  z.object({
    method: z.literal("password"),
    baseUrl,
    userId: z.string().trim().pipe(matrixUserIdSchema),
    password: secret,
  }),
]);

export type ConnectionInput = z.infer<typeof connectionSchema>;

export const setupRequestSchema = z.object({
  setupToken: z
    .string()
    .max(256, "must be at most 256 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS)
    .optional(),
  connection: connectionSchema,
});
