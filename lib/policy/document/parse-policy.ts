import { findNodeAtLocation, parseTree, type Node, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import { findFieldProblems } from "./field-warnings";
import type { PolicyProblem, UnplacedProblem } from "./policy-problem";
import { policyDocumentSchema, type PolicyDocument } from "./schema";
import { findSemanticProblems } from "./semantic-checks";
import { duplicateKeyProblems, syntaxProblem } from "./syntax-problems";
import { offsetOf, pathText, positionFinder } from "./text-positions";

export type { PolicyProblem } from "./policy-problem";

export type ParsedPolicy = { policy: PolicyDocument | null; problems: PolicyProblem[] };

const EXPECTED: Record<string, string> = {
  object: "an object { … }",
  array: "a list [ … ]",
  string: "text",
  boolean: "true or false",
  number: "a number",
};

/**
 * Reads a policy document: JSON syntax, the schema, then the rules across fields. Every problem
 * has a 1-based line and column; the policy is null when any problem is an error.
 */
export function parsePolicy(text: string, context: { serverName: string }): ParsedPolicy {
  // A byte-order mark becomes a space, so offsets stay those of the text as the editor shows it.
  const source = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
  const position = positionFinder(source);
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(source, syntaxErrors, {
    disallowComments: true,
    allowTrailingComma: false,
  });
  if (syntaxErrors.length > 0) {
    const problems = syntaxErrors.map((error) => syntaxProblem(source, error));
    return {
      policy: null,
      problems: sortProblems(problems.map((problem) => place(problem, problem.offset))),
    };
  }

  const document: unknown = JSON.parse(source);
  const unplaced: UnplacedProblem[] = findFieldProblems(document);
  const placed = duplicateKeyProblems(root).map((problem) => place(problem, problem.offset));
  const result = policyDocumentSchema.safeParse(document);
  if (result.success) unplaced.push(...findSemanticProblems(result.data, context.serverName));
  else unplaced.push(...result.error.issues.map((issue) => schemaProblem(root, issue)));

  const problems = sortProblems([
    ...placed,
    ...unplaced.map((problem) => place(problem, offsetOf(root, problem.path, problem.at))),
  ]);
  const policy =
    result.success && !problems.some((problem) => problem.severity === "error")
      ? result.data
      : null;
  return { policy, problems };

  function place({ severity, path, message }: UnplacedProblem, offset: number): PolicyProblem {
    const where = pathText(path);
    return {
      severity,
      path,
      message: where ? `${where}: ${message}` : message,
      ...position(offset),
    };
  }
}

function schemaProblem(root: Node | undefined, issue: z.core.$ZodIssue): UnplacedProblem {
  const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
  if (root && path.length > 0 && !findNodeAtLocation(root, path)) {
    return { severity: "error", path, message: "is required" };
  }
  const generic = issue.code === "invalid_type" && issue.message.startsWith("Invalid input");
  const message = generic ? `must be ${EXPECTED[issue.expected] ?? issue.expected}` : issue.message;
  return { severity: "error", path, message };
}

/** By position, errors first; the same message twice at one place (jsonc-parser does that) once. */
function sortProblems(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems
    .filter(({ line, column, message }) => {
      const key = `${line}:${column}:${message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .sort(
      (a, b) =>
        a.line - b.line ||
        a.column - b.column ||
        (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1),
    );
}
