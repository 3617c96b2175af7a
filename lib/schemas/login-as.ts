import { z } from "zod";
import { matrixUserIdSchema } from "./matrix-id";
import { hasNoControlCharactersButLines, NO_CONTROL_CHARACTERS } from "./text";

/** How long a support token may live, in minutes: short, since it acts as the person. */
export const LOGIN_AS_LIFETIMES = [15, 30, 60, 240, 480, 1440] as const;
export const DEFAULT_LOGIN_AS_LIFETIME = 60;

/** "15 minutes", "1 hour", "24 hours". */
export function describeLifetime(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

const LIFETIME_CHOICES = `must be one of ${LOGIN_AS_LIFETIMES.map(describeLifetime).join(", ")}`;

export const loginAsUserSchema = z.object({
  userId: z.string().trim().pipe(matrixUserIdSchema),
  /** Why the console acts as this person, kept in the audit entry. */
  reason: z
    .string()
    .trim()
    .min(10, "must say why, in at least 10 characters (a ticket, a request)")
    .max(500, "must be at most 500 characters")
    .refine(hasNoControlCharactersButLines, NO_CONTROL_CHARACTERS),
  lifetimeMinutes: z.literal(LOGIN_AS_LIFETIMES, { error: LIFETIME_CHOICES }),
});
export type LoginAsUserInput = z.infer<typeof loginAsUserSchema>;
