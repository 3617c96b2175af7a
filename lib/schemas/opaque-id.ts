import { z } from "zod";
import { isPathChangingSegment } from "./path-segment";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "./text";

/**
 * An ID that Synapse or a client chose and that ends up as one segment of a Synapse URL (device
 * IDs, delete and purge IDs): anything printable up to 255 characters, but never `.` or `..` (or
 * their percent-encoded forms), which would make the URL point at another resource.
 */
export function opaqueIdSchema() {
  return z
    .string()
    .trim()
    .min(1, "is required")
    .max(255, "must be at most 255 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS)
    .refine((value) => !isPathChangingSegment(value), 'may not be "." or ".."');
}

/** Device IDs are opaque strings chosen by clients; Synapse's own are short upper-case letters. */
export const deviceIdSchema = opaqueIdSchema();

/** Event report IDs are Synapse's row numbers. */
export const reportIdSchema = z.string().regex(/^[0-9]{1,18}$/, "must be a report number");
