import type { HistoryRow } from "@/lib/data/audit-history";

/** What a sentence is made from: the entry as stored, its outcome included. */
export type DescribableEntry = Pick<
  HistoryRow,
  "action" | "targetType" | "targetId" | "input" | "result" | "outcome" | "errorMessage" | "changes"
>;

export type Describe = (entry: DescribableEntry) => string;

type Fields = Record<string, unknown>;

/**
 * An entry's input or result as an object to read fields from. Both are whatever the action was
 * given or returned when it ran (older entries included), so every read checks the type.
 */
export function fieldsOf(value: unknown): Fields {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Fields)
    : {};
}

export function textOf(value: unknown, key: string): string | undefined {
  const field = fieldsOf(value)[key];
  if (typeof field === "number") return String(field);
  return typeof field === "string" && field !== "" ? field : undefined;
}

export function flagOf(value: unknown, key: string): boolean | undefined {
  const field = fieldsOf(value)[key];
  return typeof field === "boolean" ? field : undefined;
}

export function numberOf(value: unknown, key: string): number | undefined {
  const field = fieldsOf(value)[key];
  return typeof field === "number" && Number.isFinite(field) ? field : undefined;
}

export function listOf(value: unknown, key: string): unknown[] {
  const field = fieldsOf(value)[key];
  return Array.isArray(field) ? field : [];
}

export const quoted = (text: string) => `“${text}”`;

/** The user an entry is about: the input's userId, else its target. */
export function userOf(entry: DescribableEntry): string {
  return textOf(entry.input, "userId") ?? entry.targetId ?? "someone";
}

/** The room an entry is about: the input's roomId, else its target. */
export function roomOf(entry: DescribableEntry): string {
  return textOf(entry.input, "roomId") ?? entry.targetId ?? "a room";
}

/** Appends the typed reason the action kept, when it has one. */
export function withReason(sentence: string, entry: DescribableEntry): string {
  const reason = textOf(entry.input, "reason");
  return reason ? `${sentence}, saying ${quoted(reason)}` : sentence;
}
