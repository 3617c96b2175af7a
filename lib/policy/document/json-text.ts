import { findNodeAtLocation, parseTree, type Node, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import type { PolicyProblem, UnplacedProblem } from "./policy-problem";
import { duplicateKeyProblems, syntaxProblem } from "./syntax-problems";
import { offsetOf, pathText, positionFinder } from "./text-positions";

const EXPECTED: Record<string, string> = {
  object: "an object { … }",
  array: "a list [ … ]",
  string: "text",
  boolean: "true or false",
  number: "a number",
};

export type JsonText = {
  /** Undefined when the text is not JSON; `problems` then says where. */
  value: unknown;
  /** Syntax errors and keys written twice, placed. */
  problems: PolicyProblem[];
  /** Gives a problem found at a path its line and column in this text. */
  place(problem: UnplacedProblem): PolicyProblem;
  /** A zod issue as a problem at its path ("is required" when the field is missing). */
  schemaProblem(issue: z.core.$ZodIssue): UnplacedProblem;
};

/** Strict JSON (no comments, no trailing commas) with positions for whatever is wrong in it. */
export function readJsonText(text: string): JsonText {
  // A byte-order mark becomes a space, so offsets stay those of the text as the editor shows it.
  const source = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
  const position = positionFinder(source);
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(source, syntaxErrors, {
    disallowComments: true,
    allowTrailingComma: false,
  });
  const at = ({ severity, path, message }: UnplacedProblem, offset: number): PolicyProblem => {
    const where = pathText(path);
    return {
      severity,
      path,
      message: where ? `${where}: ${message}` : message,
      ...position(offset),
    };
  };
  const place = (problem: UnplacedProblem) => at(problem, offsetOf(root, problem.path, problem.at));
  const schemaProblem = (issue: z.core.$ZodIssue) => issueProblem(root, issue);
  if (syntaxErrors.length > 0) {
    const problems = syntaxErrors.map((error) => syntaxProblem(source, error));
    return {
      value: undefined,
      problems: problems.map((problem) => at(problem, problem.offset)),
      place,
      schemaProblem,
    };
  }
  const problems = duplicateKeyProblems(root).map((problem) => at(problem, problem.offset));
  return { value: JSON.parse(source), problems, place, schemaProblem };
}

function issueProblem(root: Node | undefined, issue: z.core.$ZodIssue): UnplacedProblem {
  const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
  if (root && path.length > 0 && !findNodeAtLocation(root, path)) {
    return { severity: "error", path, message: "is required" };
  }
  const generic = issue.code === "invalid_type" && issue.message.startsWith("Invalid input");
  const message = generic ? `must be ${EXPECTED[issue.expected] ?? issue.expected}` : issue.message;
  return { severity: "error", path, message };
}

/** By position, errors first; the same message twice at one place (jsonc-parser does that) once. */
export function sortProblems(problems: PolicyProblem[]): PolicyProblem[] {
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
