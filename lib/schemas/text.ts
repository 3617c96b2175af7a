/** C0 controls (NUL included), DEL and C1 controls. */
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;
/** The same, but line feeds, carriage returns and tabs, which a text area may hold. */
const CONTROL_CHARACTERS_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const NO_CONTROL_CHARACTERS = "may not contain control characters";

/**
 * For one-line text (names, IDs, secrets, URLs): a NUL, an escape sequence or a bell is never
 * meant, and is refused before it reaches Synapse, the database or someone's terminal.
 */
export const hasNoControlCharacters = (value: string) => !CONTROL_CHARACTERS.test(value);

/** For text areas: line breaks and tabs are fine, other control characters are not. */
export const hasNoControlCharactersButLines = (value: string) =>
  !CONTROL_CHARACTERS_BUT_LINES.test(value);

/** Deeper than any parameters a job takes. */
const MAX_DEPTH = 16;

/**
 * Whether any string in a parsed JSON value (keys included) holds a control character other
 * than line breaks and tabs: `"\u0000"` in JSON text is six harmless characters until parsed.
 */
export function hasControlCharactersDeep(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return !hasNoControlCharactersButLines(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(
    ([key, inner]) =>
      !hasNoControlCharactersButLines(key) || hasControlCharactersDeep(inner, depth + 1),
  );
}
