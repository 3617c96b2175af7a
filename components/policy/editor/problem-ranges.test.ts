import { Text } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { problemRange } from "./problem-ranges";

const doc = Text.of([
  "{",
  '  "users": [',
  '    { "id": "@bob:other.org", "active": tru }',
  "  ]",
  "}",
]);
const marked = (line: number, column: number) => {
  const { from, to } = problemRange(doc, { line, column });
  return doc.sliceString(from, to);
};

describe("problemRange", () => {
  it("marks the whole string at the problem's line and column", () => {
    expect(marked(3, 13)).toBe('"@bob:other.org"');
    expect(marked(2, 3)).toBe('"users"');
  });

  it("marks a bare word up to the punctuation after it", () => {
    expect(marked(3, 41)).toBe("tru");
  });

  it("marks one character before punctuation and nothing past a line's end", () => {
    expect(marked(2, 12)).toBe("[");
    expect(marked(5, 1)).toBe("}");
    expect(marked(5, 9)).toBe("");
  });

  it("clamps lines outside the document", () => {
    expect(marked(99, 1)).toBe("}");
    expect(marked(0, 1)).toBe("{");
  });
});
