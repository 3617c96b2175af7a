import { z } from "zod";
import { matrixUserIdSchema, newUserLocalpartSchema } from "./matrix-id";

const baseUrl = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }))
  .transform((url) => url.replace(/\/+$/, ""));

/** How the console reaches the homeserver and signs its service account in, as the setup form sends it. */
export const connectionSchema = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("shared_secret"),
    baseUrl,
    sharedSecret: z.string().min(1, "is required"),
    localpart: z.string().trim().pipe(newUserLocalpartSchema),
  }),
  z.object({
    method: z.literal("access_token"),
    baseUrl,
    accessToken: z.string().trim().min(1, "is required"),
  }),
  z.object({
    method: z.literal("password"),
    baseUrl,
    userId: z.string().trim().pipe(matrixUserIdSchema),
    password: z.string().min(1, "is required"),
  }),
]);

export type ConnectionInput = z.infer<typeof connectionSchema>;

export const setupRequestSchema = z.object({
  setupToken: z.string().optional(),
  connection: connectionSchema,
});
