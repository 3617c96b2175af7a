import { describe, expect, it } from "vitest";
import { diffLinesOf } from "./diff-rows";

const lines = (count: number, change?: { at: number; to: string }) =>
  Array.from({ length: count }, (_, index) =>
    change && index + 1 === change.at ? change.to : `line ${index + 1}`,
  ).join("\n") + "\n";

describe("diffLinesOf", () => {
  it("has no rows for equal documents", () => {
    expect(diffLinesOf(lines(5), lines(5))).toEqual({ rows: [], added: 0, removed: 0 });
  });

  it("numbers each line on both sides and leaves out unchanged lines beyond three of context", () => {
    const diff = diffLinesOf(lines(20), lines(20, { at: 10, to: "changed" }));
    expect(diff.added).toBe(1);
    expect(diff.removed).toBe(1);
    expect(diff.rows[0]).toEqual({ kind: "gap", hidden: 6 });
    expect(diff.rows.slice(1, 4).map((row) => "oldLine" in row && row.oldLine)).toEqual([7, 8, 9]);
    expect(diff.rows[4]).toEqual({ kind: "removed", oldLine: 10, newLine: null, text: "line 10" });
    expect(diff.rows[5]).toEqual({ kind: "added", oldLine: null, newLine: 10, text: "changed" });
    expect(diff.rows[6]).toEqual({ kind: "context", oldLine: 11, newLine: 11, text: "line 11" });
    expect(diff.rows.at(-1)).toEqual({ kind: "gap", hidden: null });
  });

  it("counts lines added at the end, where the old side has no more lines", () => {
    const diff = diffLinesOf(lines(2), `${lines(2)}line 3\n`);
    expect(diff.rows).toEqual([
      { kind: "context", oldLine: 1, newLine: 1, text: "line 1" },
      { kind: "context", oldLine: 2, newLine: 2, text: "line 2" },
      { kind: "added", oldLine: null, newLine: 3, text: "line 3" },
    ]);
  });

  it("ignores the missing newline marker at the end of a document", () => {
    const diff = diffLinesOf("a\nb", "a\nc");
    expect(diff.rows.map((row) => row.kind)).toEqual(["context", "removed", "added"]);
  });
});
