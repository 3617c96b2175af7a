import type { ActionResult } from "../action-result";

/** Longest sentence or field message a person should have to read. */
const MAX_LENGTH = 300;

/** Signs of a message written for developers, not for the person at the console. */
const UNCLEAR: [RegExp, string][] = [
  [/\bundefined\b|\bNaN\b|\[object /, "names undefined, NaN or an [object]"],
  [/\n\s+at |\bat .+:\d+:\d+/, "carries a stack trace"],
  [/ZodError|TypeError|SyntaxError|ReferenceError|Error:/, "names an internal error type"],
  [/^\s*[[{]|"code"\s*:|"path"\s*:/, "is a raw dump of issues"],
  [/Invalid input|expected \w+, received/, "is zod's own wording"],
  [/Something went wrong on the server/, "is the generic crash message"],
];

function problemWith(text: unknown, what: string, internalUrls: string[]): string | null {
  if (typeof text !== "string" || text.trim() === "") return `${what} is empty`;
  if (text.length > MAX_LENGTH) return `${what} is ${text.length} characters long`;
  for (const url of internalUrls) {
    if (text.includes(url) || text.includes(new URL(url).host)) return `${what} shows ${url}`;
  }
  for (const [pattern, why] of UNCLEAR) {
    if (pattern.test(text)) return `${what} ${why}: ${JSON.stringify(text.slice(0, 120))}`;
  }
  return null;
}

/**
 * Why a result is not a clear refusal, or null when it is. Clear means: `ok: false`; a sentence
 * (capital first, a full stop last) of at most 300 characters; each field message a non-empty
 * fragment of at most 300; and nowhere "undefined", a stack trace, an error class, zod's default
 * wording or a raw issue dump, the generic crash message, or an internal Synapse address.
 */
export function unclearBecause(result: ActionResult<unknown>, ...internalUrls: string[]) {
  if (result.ok) return "was accepted";
  const sentence = problemWith(result.error, "the error", internalUrls);
  if (sentence) return sentence;
  if (!/^[A-Z"@!#]/.test(result.error) || !/[.!?)]$/.test(result.error)) {
    return `the error is not a sentence: ${JSON.stringify(result.error.slice(0, 120))}`;
  }
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (messages.length === 0) return `field ${field} has no message`;
    for (const message of messages) {
      const problem = problemWith(message, `the message of ${field}`, internalUrls);
      if (problem) return problem;
    }
  }
  return null;
}
