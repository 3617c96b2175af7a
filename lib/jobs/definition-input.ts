import "server-only";
import { z } from "zod";
import { jobDefinitionFieldsSchema, type JobDefinitionFields } from "./definition-schema";
import { parseDefinitionParams } from "./definitions";
import { JobParamsError } from "./enqueue-run";

/**
 * The form's schema with the parameters also checked by the chosen kind's own schema, on the
 * server (the kinds are server code): the action refuses parameters that do not fit before it
 * writes an audit entry, as it refuses any other bad input.
 */
export const jobDefinitionInputSchema = jobDefinitionFieldsSchema.superRefine(
  (fields: JobDefinitionFields, context) => {
    try {
      parseDefinitionParams(fields);
    } catch (error) {
      if (!(error instanceof JobParamsError)) throw error;
      const message = [error.message, ...error.issues].join(" ");
      context.addIssue({ code: "custom", path: ["params"], message });
    }
  },
  // Asked only of input with no other issue: text that is not JSON, or holds control characters,
  // is refused by the field's own schema, in a shorter message.
  { when: (payload) => payload.issues.length === 0 },
);

export const updateJobDefinitionInputSchema = z.object({
  id: z.uuid(),
  fields: jobDefinitionInputSchema,
});
