import type { Text } from "@codemirror/state";

type Placed = { line: number; column: number };

/** JSON's own punctuation, where a token ends. */
const TOKEN_END = /[\s,:[\]{}]/;

/**
 * Where a problem found at a 1-based line and column sits in the editor's document: from that
 * point to the end of the token there (a whole string, number or word), so the mark underlines
 * the value or key the problem is about. Lines and columns past the end are clamped.
 */
export function problemRange(doc: Text, problem: Placed): { from: number; to: number } {
  const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
  const from = line.from + Math.min(Math.max(problem.column - 1, 0), line.length);
  const rest = line.text.slice(from - line.from);
  let length = 0;
  if (rest.startsWith('"')) {
    const close = rest.slice(1).search(/(?<!\\)"/);
    length = close === -1 ? rest.length : close + 2;
  } else {
    const end = rest.search(TOKEN_END);
    length = end === -1 ? rest.length : end;
  }
  // Something to see even at a line's end or before punctuation.
  if (length === 0 && rest.length > 0) length = 1;
  return { from, to: from + length };
}
