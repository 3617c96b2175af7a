import { visit } from "jsonc-parser";

/** What a masked credential reads as: a JSON string, so the document stays valid JSON. */
export const MASKED_CREDENTIAL = "(hidden from viewers)";

/**
 * The document with every user's `authCredential` string replaced by a placeholder: passthrough
 * initial passwords, password hashes and auth URLs are for the people who edit the policy. Each
 * replacement stays on its line, so line numbers, diffs and the summary read the same as in the
 * saved text. Works on any text (a broken document is masked as far as it can be read).
 */
export function maskCredentials(text: string): string {
  const spans: { offset: number; length: number }[] = [];
  let lastKey: string | undefined;
  visit(text, {
    onObjectProperty(name) {
      lastKey = name;
    },
    onLiteralValue(value, offset, length, _line, _column, pathSupplier) {
      if (lastKey !== "authCredential" || typeof value !== "string") return;
      const path = pathSupplier();
      if (path.length === 3 && path[0] === "users" && typeof path[1] === "number")
        spans.push({ offset, length });
    },
  });
  if (spans.length === 0) return text;
  const placeholder = JSON.stringify(MASKED_CREDENTIAL);
  let masked = "";
  let from = 0;
  for (const span of spans) {
    masked += text.slice(from, span.offset) + placeholder;
    from = span.offset + span.length;
  }
  return masked + text.slice(from);
}
