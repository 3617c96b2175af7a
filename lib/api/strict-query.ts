import { z } from "zod";
import { firstValues, type SearchParams } from "@/lib/schemas/search-params";

/**
 * A list page's search schema without its fallbacks: a page shrugs off a hand-edited URL (a bad
 * value falls back to its default), a script should hear about its mistake instead.
 */
function withoutFallbacks(schema: z.ZodObject): z.ZodObject {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodCatch ? field.unwrap() : field) as z.ZodType,
    ]),
  );
  return z.strictObject(shape);
}

const describeIssue = (issue: z.core.$ZodIssue): string => {
  if (issue.code === "unrecognized_keys")
    return `unknown query parameter${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  const key = issue.path.join(".");
  return `${key}: ${issue.message}`;
};

/**
 * Null when the query suits the list page's schema, else the sentence to answer 400 with, such as
 * "The query is not valid: limit: Invalid input.". Parameters left out take the page's defaults.
 */
export function findQueryProblem(schema: z.ZodObject, raw: SearchParams): string | null {
  const parsed = withoutFallbacks(schema).partial().safeParse(firstValues(raw));
  if (parsed.success) return null;
  return `The query is not valid: ${parsed.error.issues.map(describeIssue).join("; ")}.`;
}
