import { printParseErrorCode, type ParseError } from "jsonc-parser";
import type { UnplacedProblem } from "./policy-problem";

// Keyed by jsonc-parser's error names: its ParseErrorCode is a const enum, unusable here.
const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "not a valid number",
  PropertyNameExpected: "a field name in double quotes is expected here",
  ValueExpected: "a value is expected here",
  ColonExpected: "a colon is expected here",
  CommaExpected: "a comma is expected here",
  CloseBraceExpected: "a closing } is expected here",
  CloseBracketExpected: "a closing ] is expected here",
  EndOfFileExpected: "nothing may follow the document's closing bracket",
  InvalidCommentToken: "JSON allows no comments",
  UnexpectedEndOfComment: "JSON allows no comments",
  UnexpectedEndOfString: 'the text ends inside a string: a closing " is missing',
  UnexpectedEndOfNumber: "the text ends inside a number",
  InvalidUnicode: "not a valid \\u escape",
  InvalidEscapeCharacter: "not a valid escape after \\",
  InvalidCharacter: "a line break or control character inside a string must be escaped",
};

/** A syntax error in people's words; a comma right before ] or } gets its own message, at the comma. */
export function syntaxProblem(
  text: string,
  error: ParseError,
): UnplacedProblem & { offset: number } {
  const problem = (message: string, offset: number) => ({
    severity: "error" as const,
    path: [],
    message,
    offset,
  });
  if (text.trim() === "") return problem("the document is empty", 0);
  const before = text.slice(0, error.offset).trimEnd();
  const closing = text[error.offset];
  if ((closing === "]" || closing === "}") && before.endsWith(",")) {
    return problem(`JSON allows no comma before ${closing}`, before.length - 1);
  }
  return problem(
    SYNTAX_MESSAGES[printParseErrorCode(error.error)] ?? "not valid JSON here",
    error.offset,
  );
}
