import { countOf } from "@/lib/format/count";
import type { DiffRow, LineDiff } from "./diff-rows";

const ROW_STYLE = {
  context: "",
  removed: "bg-destructive/10",
  added: "bg-success/10",
} as const;
const SIGN = { context: " ", removed: "−", added: "+" } as const;

function gapText(hidden: number | null) {
  return hidden === null ? "Unchanged lines to the end" : `${countOf(hidden, "unchanged line")}`;
}

function Row({ row }: { row: DiffRow }) {
  if (row.kind === "gap") {
    return (
      <tr className="bg-muted/60 text-muted-foreground">
        <td colSpan={4} className="px-3 py-1 font-sans text-xs">
          {gapText(row.hidden)}
        </td>
      </tr>
    );
  }
  return (
    <tr className={ROW_STYLE[row.kind]} data-diff={row.kind}>
      <td className="w-12 px-2 text-right text-muted-foreground select-none">
        {row.oldLine ?? ""}
      </td>
      <td className="w-12 px-2 text-right text-muted-foreground select-none">
        {row.newLine ?? ""}
      </td>
      <td className="w-5 text-center select-none" aria-hidden>
        {SIGN[row.kind]}
      </td>
      <td className="pr-3 wrap-anywhere whitespace-pre-wrap">
        <span className="sr-only">{row.kind === "context" ? "" : `${row.kind}: `}</span>
        {row.text}
      </td>
    </tr>
  );
}

/** A unified line diff: the old and new line numbers, the sign, the line. */
export function VersionDiff({ diff, label }: { diff: LineDiff; label: string }) {
  if (diff.rows.length === 0) {
    return <p className="text-sm text-muted-foreground">The two versions are the same.</p>;
  }
  return (
    <div className="space-y-2">
      <p className="text-sm" data-testid="diff-summary">
        {countOf(diff.added, "line")} added, {countOf(diff.removed, "line")} removed.
      </p>
      <div className="overflow-x-auto rounded-md border">
        <table aria-label={label} className="w-full font-mono text-xs leading-5">
          <thead className="sr-only">
            <tr>
              <th>Old line</th>
              <th>New line</th>
              <th>Change</th>
              <th>Text</th>
            </tr>
          </thead>
          <tbody>
            {diff.rows.map((row, index) => (
              <Row key={index} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
