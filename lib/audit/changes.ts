import { currentAuditScope } from "./audit-scope";

/**
 * One value an action changed: what it was just before (read from Synapse or our database right
 * before the change, or known from the same request) and what it is after. `from` is undefined
 * only when it could not be known; the code that records it says why.
 */
export type Change = { field: string; from: unknown; to: unknown };

/**
 * Notes a change on the audit entry the work runs under; runAudited writes the list with the
 * outcome. A field recorded twice keeps its first `from` and its last `to`. Nothing is noted
 * outside an audited operation (a read has nothing to record).
 */
export function recordChange(field: string, from: unknown, to: unknown): void {
  const scope = currentAuditScope();
  if (!scope) return;
  const earlier = scope.changes.find((change) => change.field === field);
  if (earlier) earlier.to = to;
  else scope.changes.push({ field, from, to });
}

/** Notes each field of `after` whose value differs from `before`'s (compared as JSON). */
export function recordChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  prefix = "",
): void {
  for (const [field, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) recordChange(`${prefix}${field}`, from, to);
  }
}

/** The same fields, each null: what a created thing was before, or what a removed one is after. */
export function noneOf(fields: Record<string, unknown>): Record<string, null> {
  return Object.fromEntries(Object.keys(fields).map((field) => [field, null]));
}
