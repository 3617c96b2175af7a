import { z } from "zod";
import { matrixUserIdSchema } from "@/lib/schemas/matrix-id";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "@/lib/schemas/text";

/** The header a signed sender sets: "sha256=" and the hex HMAC-SHA256 of the raw body. */
export const SIGNATURE_HEADER = "x-signature-256";

export const LIFECYCLE_EVENT_TYPES = [
  "created",
  "updated",
  "promoted",
  "demoted",
  "revoked",
] as const;
export type LifecycleEventType = (typeof LIFECYCLE_EVENT_TYPES)[number];

const line = (max: number) =>
  z.string().max(max).refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS);

/**
 * An identity system's event, as POST /api/v1/lifecycle/events takes it: its own unique `id` (a
 * replay of the same ID does nothing), what happened to whom, and when.
 */
export const lifecycleEventSchema = z.strictObject({
  id: z
    .string()
    .max(200)
    .regex(
      /^[\w-][\x21-\x7E]*$/,
      "must be the sender's event ID: printable ASCII without spaces, starting with a letter, digit, _ or -",
    ),
  type: z.enum(LIFECYCLE_EVENT_TYPES, {
    error: `must be one of ${LIFECYCLE_EVENT_TYPES.join(", ")}`,
  }),
  userId: matrixUserIdSchema,
  displayName: line(256).optional(),
  email: z.email({ error: "must be an email address" }).max(320).toLowerCase().optional(),
  at: z.iso.datetime({
    offset: true,
    error: "must be an ISO 8601 time, such as 2026-12-01T09:30:00Z",
  }),
});
export type LifecycleEventInput = z.output<typeof lifecycleEventSchema>;
export type LifecycleEventBody = z.input<typeof lifecycleEventSchema>;

/** A policy group's name, or none: empty text from the form, null from a script. */
const groupName = z.union([line(200).trim(), z.null()]).transform((name) => name || null);

/** The lifecycle settings form: the groups events use, and whether a revoke erases. */
export const lifecycleSettingsSchema = z.strictObject({
  defaultGroup: groupName,
  adminGroup: groupName,
  eraseOnRevoke: z.boolean(),
});
export type LifecycleSettingsChange = z.output<typeof lifecycleSettingsSchema>;
export type LifecycleSettingsInput = z.input<typeof lifecycleSettingsSchema>;
