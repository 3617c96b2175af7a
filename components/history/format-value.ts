/**
 * One stored value as a person reads it: text in quotes (so "" and " " show), none and not known
 * said in words, anything structured as compact JSON.
 */
export function formatValue(value: unknown): string {
  if (value === undefined) return "not known";
  if (value === null) return "none";
  if (typeof value === "string") return `“${value}”`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
