import { z } from "zod";

/** Synapse sends flags as booleans or, straight from SQL, as 0/1. */
export const flagSchema = z.union([z.boolean(), z.number()]).transform(Boolean);

/**
 * Timestamps in ms. Synapse gives a user's creation_ts in seconds on the single-user endpoint
 * and in ms in the list; anything below 1e11 (1973 in ms, year 5138 in seconds) must be seconds.
 */
export const epochMsSchema = z.number().transform((value) => (value < 1e11 ? value * 1000 : value));

/** Text Synapse may leave out or send as null; always null when absent. */
export const nullableTextSchema = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

/** A number Synapse may send as null or leave out; always null when absent. */
export const nullableNumberSchema = z
  .number()
  .nullish()
  .transform((value) => value ?? null);

/**
 * The next page's offset of Synapse's offset-paged lists (`next_token`), which it sends as a
 * number or a string of one; absent on the last page.
 */
export const nextOffsetSchema = z
  .union([z.number(), z.string()])
  .optional()
  .transform((value) => (value === undefined ? undefined : Number(value)));
