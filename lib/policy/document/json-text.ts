import { visit, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import { scanJson } from "./json-scan";
import type { PolicyProblem, UnplacedProblem } from "./policy-problem";
import { syntaxProblem } from "./syntax-problems";
import { pathText, positionFinder, type JsonPath, type Position } from "./text-positions";

const EXPECTED: Record<string, string> = {
  object: "an object { … }",
  array: "a list [ … ]",
  string: "text",
  boolean: "true or false",
  number: "a number",
};

export type JsonText = {
  /** Undefined when the text is not JSON. */
  value: unknown;
  /** Every problem: the text's own (syntax, keys written twice) and these found in its value, placed and sorted. */
  problemsWith(found: UnplacedProblem[]): PolicyProblem[];
  /** A zod issue as a problem at its path ("is required" when the field is missing). */
  schemaProblem(issue: z.core.$ZodIssue): UnplacedProblem;
};

const placed = (
  { severity, path, message }: UnplacedProblem,
  position: Position,
): PolicyProblem => {
  const where = pathText(path);
  return { severity, path, message: where ? `${where}: ${message}` : message, ...position };
};

/** Strict JSON (no comments, no trailing commas) with the line and column of whatever is wrong. */
export function readJsonText(text: string): JsonText {
  // A byte-order mark becomes a space, so offsets stay those of the text as the editor shows it.
  const source = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const problems = syntaxProblems(source, error);
    return {
      value: undefined,
      problemsWith: () => sortProblems(problems),
      schemaProblem: (issue) => issueProblem(undefined, issue),
    };
  }
  return {
    value,
    problemsWith(found) {
      const scan = scanJson(
        source,
        found.map((problem) => problem.path),
      );
      const duplicates = scan.duplicateKeys.map(({ path, position }) =>
        placed(
          {
            severity: "error",
            path,
            message: `"${path.at(-1)}" is written twice in this object; JSON readers would keep only the last`,
          },
          position,
        ),
      );
      return sortProblems([
        ...duplicates,
        ...found.map((problem) =>
          placed(problem, scan.locate(problem.path, problem.at ?? "value")),
        ),
      ]);
    },
    schemaProblem: (issue) => issueProblem(value, issue),
  };
}

/** Where JSON.parse gave up, in jsonc-parser's finer terms; its own message if jsonc finds nothing. */
function syntaxProblems(source: string, parseFailure: unknown): PolicyProblem[] {
  const errors: ParseError[] = [];
  visit(
    source,
    { onError: (error, offset, length) => void errors.push({ error, offset, length }) },
    { disallowComments: true },
  );
  const position = positionFinder(source);
  const problems = errors.map((error) => syntaxProblem(source, error));
  if (problems.length === 0) {
    const message = parseFailure instanceof Error ? parseFailure.message : "not valid JSON";
    return [{ severity: "error", path: [], message, line: 1, column: 1 }];
  }
  return problems.map((problem) => placed(problem, position(problem.offset)));
}

const valueAt = (value: unknown, path: JsonPath): unknown =>
  path.reduce<unknown>(
    (node, part) =>
      node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined,
    value,
  );

function issueProblem(value: unknown, issue: z.core.$ZodIssue): UnplacedProblem {
  const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
  if (path.length > 0 && valueAt(value, path) === undefined)
    return { severity: "error", path, message: "is required" };
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
