import { structuredPatch } from "diff";

export type DiffRow =
  | {
      kind: "context" | "removed" | "added";
      oldLine: number | null;
      newLine: number | null;
      text: string;
    }
  | { kind: "gap"; hidden: number | null };

export type LineDiff = { rows: DiffRow[]; added: number; removed: number };

/** Unchanged lines kept around each change. */
const CONTEXT = 3;

/**
 * Two documents compared line by line, as a unified diff with each line's number on both sides
 * and a gap row where unchanged lines are left out (with how many, when known).
 */
export function diffLinesOf(oldText: string, newText: string): LineDiff {
  const { hunks } = structuredPatch("old", "new", oldText, newText, undefined, undefined, {
    context: CONTEXT,
  });
  const rows: DiffRow[] = [];
  let added = 0;
  let removed = 0;
  let oldNext = 1;
  for (const hunk of hunks) {
    if (hunk.oldStart > oldNext) rows.push({ kind: "gap", hidden: hunk.oldStart - oldNext });
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    for (const line of hunk.lines) {
      const sign = line.charAt(0);
      const text = line.slice(1);
      // "\ No newline at end of file" is about the line before; the number columns say enough.
      if (sign === "\\") continue;
      if (sign === "-") {
        rows.push({ kind: "removed", oldLine: oldLine++, newLine: null, text });
        removed += 1;
      } else if (sign === "+") {
        rows.push({ kind: "added", oldLine: null, newLine: newLine++, text });
        added += 1;
      } else {
        rows.push({ kind: "context", oldLine: oldLine++, newLine: newLine++, text });
      }
    }
    oldNext = oldLine;
  }
  const lastHunk = hunks.at(-1);
  if (lastHunk && oldNext <= lineCount(oldText)) rows.push({ kind: "gap", hidden: null });
  return { rows, added, removed };
}

function lineCount(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}
