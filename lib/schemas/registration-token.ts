import { z } from "zod";

/** Synapse's own limits on a registration token: 1–64 of these characters. */
export const REGISTRATION_TOKEN_CHARS = /^[A-Za-z0-9._~-]+$/;
export const REGISTRATION_TOKEN_MAX_LENGTH = 64;

const tokenSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(REGISTRATION_TOKEN_MAX_LENGTH, `must be at most ${REGISTRATION_TOKEN_MAX_LENGTH} characters`)
  .regex(REGISTRATION_TOKEN_CHARS, "may only use A-Z, a-z, 0-9 and . _ ~ -");

/** Null is unlimited. */
const usesAllowedSchema = z
  .number("must be a whole number")
  .int("must be a whole number")
  .min(0, "must be 0 or more")
  .max(2_147_483_647, "is too large")
  .nullable();

/** When the token stops working, in ms since the epoch; null is never. */
const expiresAtSchema = z.number().int().positive().nullable();

/** A new token: the one given, or one Synapse generates of `length` characters. */
export const createRegistrationTokenSchema = z.object({
  token: tokenSchema.optional(),
  length: z.number().int().min(1).max(REGISTRATION_TOKEN_MAX_LENGTH).default(16),
  usesAllowed: usesAllowedSchema,
  expiresAt: expiresAtSchema,
});
export type CreateRegistrationTokenInput = z.output<typeof createRegistrationTokenSchema>;

/** A field left out stays as it is (Synapse refuses to keep a past expiry when it is sent again). */
export const updateRegistrationTokenSchema = z.object({
  token: tokenSchema,
  usesAllowed: usesAllowedSchema.optional(),
  expiresAt: expiresAtSchema.optional(),
});
export type UpdateRegistrationTokenInput = z.output<typeof updateRegistrationTokenSchema>;

export const deleteRegistrationTokenSchema = z.object({ token: tokenSchema });
export type DeleteRegistrationTokenInput = z.output<typeof deleteRegistrationTokenSchema>;

/**
 * What the forms hold: text as typed (empty uses is unlimited, empty expiry is never; the expiry
 * is a datetime-local value in the browser's time zone, which is why the browser converts it).
 */
const usesText = z.string().trim().regex(/^\d*$/, "must be a whole number, or empty for unlimited");
const expiryText = z
  .string()
  .trim()
  .refine((text) => text === "" || !Number.isNaN(new Date(text).getTime()), "is not a date");

export const registrationTokenFormSchema = z
  .object({
    generate: z.boolean(),
    token: z.string().trim(),
    length: z.string().trim().regex(/^\d+$/, "must be a whole number"),
    usesAllowed: usesText,
    expiresAt: expiryText,
  })
  .superRefine((values, context) => {
    if (values.generate) {
      const length = Number(values.length);
      if (length < 1 || length > REGISTRATION_TOKEN_MAX_LENGTH)
        context.addIssue({
          code: "custom",
          path: ["length"],
          message: `must be from 1 to ${REGISTRATION_TOKEN_MAX_LENGTH}`,
        });
      return;
    }
    const token = tokenSchema.safeParse(values.token);
    if (!token.success)
      context.addIssue({
        code: "custom",
        path: ["token"],
        message: token.error.issues[0]!.message,
      });
  });
export type RegistrationTokenFormValues = z.input<typeof registrationTokenFormSchema>;

export const editRegistrationTokenFormSchema = z.object({
  usesAllowed: usesText,
  expiresAt: expiryText,
});
export type EditRegistrationTokenFormValues = z.input<typeof editRegistrationTokenFormSchema>;

const toUses = (text: string) => (text.trim() === "" ? null : Number(text));
const toExpiry = (text: string) => (text.trim() === "" ? null : new Date(text).getTime());

/** The create action's input from the form's values (run in the browser, for its time zone). */
export function toCreateInput(values: RegistrationTokenFormValues) {
  return {
    ...(values.generate ? { length: Number(values.length) } : { token: values.token.trim() }),
    usesAllowed: toUses(values.usesAllowed),
    expiresAt: toExpiry(values.expiresAt),
  };
}

/** The update action's input: only the fields changed from what the form opened with. */
export function toUpdateInput(
  token: string,
  values: EditRegistrationTokenFormValues,
  initial: EditRegistrationTokenFormValues,
) {
  const changed = (field: keyof EditRegistrationTokenFormValues) =>
    values[field].trim() !== initial[field].trim();
  return {
    token,
    ...(changed("usesAllowed") ? { usesAllowed: toUses(values.usesAllowed) } : {}),
    ...(changed("expiresAt") ? { expiresAt: toExpiry(values.expiresAt) } : {}),
  };
}

export type RegistrationTokenStatus = "valid" | "expired" | "used_up";

/** Expired wins over used up; a token with pending registrations counts them as uses (Synapse does). */
export function registrationTokenStatus(
  token: {
    uses_allowed: number | null;
    pending: number;
    completed: number;
    expiry_time: number | null;
  },
  now: number,
): RegistrationTokenStatus {
  if (token.expiry_time !== null && token.expiry_time <= now) return "expired";
  if (token.uses_allowed !== null && token.pending + token.completed >= token.uses_allowed)
    return "used_up";
  return "valid";
}
