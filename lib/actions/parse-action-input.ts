import { z } from "zod";
import { humanIssueMessage } from "@/lib/schemas/issue-messages";
import { strictAtTop } from "@/lib/schemas/strict-at-top";
import { hasNoControlCharactersButLines, NO_CONTROL_CHARACTERS } from "@/lib/schemas/text";

/** Deeper than any form's input; a hostile nesting is refused by the schema long before. */
const MAX_DEPTH = 8;

/**
 * Strings anywhere in the input holding control characters other than line breaks and tabs.
 * No form sends them; PostgreSQL cannot even store a NUL, so one that slipped past a field's
 * schema would fail the audit write. Checked here once, for every action and every field.
 */
function controlCharacterIssues(value: unknown, path: PropertyKey[] = []): z.core.$ZodIssue[] {
  if (typeof value === "string") {
    return hasNoControlCharactersButLines(value)
      ? []
      : [{ code: "custom", path, message: NO_CONTROL_CHARACTERS, input: undefined }];
  }
  if (path.length >= MAX_DEPTH || value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    controlCharacterIssues(inner, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

/**
 * Parses an action's input, refusing unknown top-level keys and control characters, with
 * messages written for people.
 */
export function parseActionInput<S extends z.ZodType>(schema: S, rawInput: unknown): z.output<S> {
  const result = strictAtTop(schema).safeParse(rawInput, { error: humanIssueMessage });
  if (!result.success) throw result.error;
  const controls = controlCharacterIssues(rawInput);
  if (controls.length > 0) throw new z.ZodError(controls);
  return result.data as z.output<S>;
}
