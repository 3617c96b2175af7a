import { z } from "zod";
import { policyDocumentSchema } from "./schema";

/**
 * The policy document as JSON Schema (draft 2020-12), for the editor's completion and hover and for
 * GET /api/v1/policy/schema.json. Rules across fields (duplicates, managed rooms) are parsePolicy's.
 */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policyDocumentSchema, { unrepresentable: "any" });
}
