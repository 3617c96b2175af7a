import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { wholeNumber } from "./whole-number";

export const API_TOKEN_PREFIX = "sct_";
export const API_TOKEN_MAX_DAYS = 365;

export const createApiTokenSchema = z.object({
  // The name is the audit's actor ("token:<name>"), so it is kept short and plain.
  name: z
    .string()
    .trim()
    .min(1, "is required")
    .max(64, "is at most 64 characters")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, "may use letters, digits, spaces, . _ and -"),
  role: z.enum(ROLES),
  expiresInDays: wholeNumber(
    z
      .number()
      .min(1, "is at least 1 day")
      .max(API_TOKEN_MAX_DAYS, `is at most ${API_TOKEN_MAX_DAYS} days`),
  ),
});

export const revokeApiTokenSchema = z.object({ id: z.uuid() });

export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
