import type { z } from "zod";

type RawIssue = z.core.$ZodRawIssue;

const KIND_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
  date: "a date",
};

/** Up to three names, quoted and cut short, so a hostile key cannot fill the message. */
function listNames(names: readonly PropertyKey[]): string {
  const shown = names.slice(0, 3).map((name) => JSON.stringify(String(name).slice(0, 40)));
  return names.length > 3 ? `${shown.join(", ")} and ${names.length - 3} more` : shown.join(", ");
}

function sizeMessage(issue: RawIssue & { code: "too_big" | "too_small" }): string {
  const limit = Number(issue.code === "too_big" ? issue.maximum : issue.minimum);
  const most = issue.code === "too_big";
  if (issue.origin === "string") {
    if (!most && limit === 1) return "must not be empty";
    return `must be ${most ? "at most" : "at least"} ${limit} characters`;
  }
  if (issue.origin === "array" || issue.origin === "set") {
    return `must have ${most ? "at most" : "at least"} ${limit} ${limit === 1 ? "item" : "items"}`;
  }
  if (Math.abs(limit) >= Number.MAX_SAFE_INTEGER) return most ? "is too large" : "is too small";
  return `must be ${most ? "at most" : "at least"} ${limit}`;
}

/**
 * Zod's own wording ("Invalid input: expected string, received number") turned into the
 * fragments the forms show under a field ("must be text"); for the request as a whole (an empty
 * path), a whole sentence. Messages a schema sets itself are kept: zod asks this map only when
 * the schema has none. Used as the per-parse error map by the action wrapper.
 */
export function humanIssueMessage(issue: RawIssue): string | undefined {
  const whole = (issue.path ?? []).length === 0;
  switch (issue.code) {
    case "invalid_type": {
      if (whole) return "The request must be a group of named fields.";
      if (issue.input === undefined) return "is required";
      return `must be ${KIND_NAMES[issue.expected] ?? `a ${issue.expected}`}`;
    }
    case "unrecognized_keys":
      return whole
        ? `The request has fields this action does not take: ${listNames(issue.keys)}.`
        : `has fields it does not take: ${listNames(issue.keys)}`;
    case "too_big":
    case "too_small":
      return sizeMessage(issue);
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "invalid_format":
      if (issue.format === "uuid" || issue.format === "guid") return "must be an ID (a UUID)";
      if (issue.format === "url") return "must be a URL";
      return "is not in the expected form";
    case "invalid_union":
      return "is not in a form this field takes";
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "invalid_key":
    case "invalid_element":
      return "has an entry that is not valid";
    default:
      return undefined;
  }
}
