"use client";

import { Badge } from "@/components/ui/badge";
import { countOf } from "@/lib/format/count";
import type { PolicyProblem } from "@/lib/policy/document/parse-policy";

/** More than anyone reads; the editor's gutter marks them all. */
const SHOWN = 100;

type Props = {
  problems: PolicyProblem[];
  /** Moves the editor's cursor to the problem. */
  onGoTo: (line: number, column: number) => void;
};

/** The parser's errors, then its warnings, each with a line:column link into the editor. */
export function ProblemsList({ problems, onGoTo }: Props) {
  const errors = problems.filter((problem) => problem.severity === "error");
  const warnings = problems.filter((problem) => problem.severity === "warning");
  const ordered = [...errors, ...warnings];
  return (
    <section aria-labelledby="policy-problems-title" className="space-y-2">
      <h2 id="policy-problems-title" className="text-sm font-semibold">
        Problems
      </h2>
      <p className="text-sm text-muted-foreground" data-testid="policy-problem-count">
        {ordered.length === 0
          ? "No errors or warnings."
          : `${countOf(errors.length, "error")}, ${countOf(warnings.length, "warning")}.`}
      </p>
      {ordered.length > 0 ? (
        <ul className="max-h-80 space-y-2 overflow-y-auto pr-1" aria-label="Problems">
          {ordered.slice(0, SHOWN).map((problem, index) => (
            <li
              key={index}
              className="space-y-0.5 text-sm"
              data-testid="policy-problem"
              data-severity={problem.severity}
            >
              <div className="flex items-center gap-2">
                <Badge variant={problem.severity === "error" ? "destructive" : "warning"}>
                  {problem.severity === "error" ? "Error" : "Warning"}
                </Badge>
                <button
                  type="button"
                  className="font-mono text-xs underline underline-offset-4 hover:text-primary"
                  onClick={() => onGoTo(problem.line, problem.column)}
                >
                  {problem.line}:{problem.column}
                </button>
              </div>
              <p className="wrap-anywhere">{problem.message}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {ordered.length > SHOWN ? (
        <p className="text-xs text-muted-foreground">
          And {countOf(ordered.length - SHOWN, "more problem")}, marked in the editor.
        </p>
      ) : null}
    </section>
  );
}
