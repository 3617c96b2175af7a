import { findFieldProblems } from "./field-warnings";
import { readJsonText } from "./json-text";
import type { PolicyProblem, UnplacedProblem } from "./policy-problem";
import { policyDocumentSchema, type PolicyDocument } from "./schema";
import { findSemanticProblems } from "./semantic-checks";

export type { PolicyProblem } from "./policy-problem";

export type ParsedPolicy = { policy: PolicyDocument | null; problems: PolicyProblem[] };

/**
 * Reads a policy document: JSON syntax, the schema, then the rules across fields. Every problem
 * has a 1-based line and column; the policy is null when any problem is an error.
 */
export type ParseContext = {
  serverName: string;
  /**
   * The text is a viewer's copy, masked for reading (mask-credentials.ts): its placeholders are
   * expected there. Everywhere else a masked credential is an error, so it is never saved.
   */
  credentialsMasked?: boolean;
};

export function parsePolicy(text: string, context: ParseContext): ParsedPolicy {
  const json = readJsonText(text);
  if (json.value === undefined) return { policy: null, problems: json.problemsWith([]) };
  const unplaced: UnplacedProblem[] = findFieldProblems(json.value);
  const result = policyDocumentSchema.safeParse(json.value);
  if (result.success) unplaced.push(...findSemanticProblems(result.data, context));
  else unplaced.push(...result.error.issues.map(json.schemaProblem));
  const problems = json.problemsWith(unplaced);
  const hasError = problems.some((problem) => problem.severity === "error");
  return { policy: result.success && !hasError ? result.data : null, problems };
}
