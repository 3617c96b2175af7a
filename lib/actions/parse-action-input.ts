import { z } from "zod";
import { humanIssueMessage } from "@/lib/schemas/issue-messages";

const strictSchemas = new WeakMap<z.ZodType, z.ZodType>();

/**
 * An object schema's keys are all an action takes: a request with others is malformed, and
 * refusing it says so instead of dropping the keys silently. Nested objects keep their own rule.
 */
function strictAtTop(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodObject)) return schema;
  let strict = strictSchemas.get(schema);
  if (!strict) {
    strict = schema.strict();
    strictSchemas.set(schema, strict);
  }
  return strict;
}

/** Parses an action's input, refusing unknown top-level keys, with messages written for people. */
export function parseActionInput<S extends z.ZodType>(schema: S, rawInput: unknown): z.output<S> {
  return strictAtTop(schema).parse(rawInput, { error: humanIssueMessage }) as z.output<S>;
}
