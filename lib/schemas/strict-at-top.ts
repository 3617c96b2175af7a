import { z } from "zod";

const strictSchemas = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The schema with unknown keys of its top-level object refused instead of dropped silently: a
 * request (or a job's parameters) with a key the schema does not know is malformed, or a typo
 * that would otherwise be ignored. Nested objects keep their own rule; other schemas are as is.
 */
export function strictAtTop(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodObject)) return schema;
  let strict = strictSchemas.get(schema);
  if (!strict) {
    strict = schema.strict();
    strictSchemas.set(schema, strict);
  }
  return strict;
}
