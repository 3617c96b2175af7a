import "server-only";
import { db } from "@/lib/db";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";
import { effectiveExclusions, type StaleRule } from "./stale-rule";
import type { StaleQuery } from "./stale-query";

/**
 * The dry-run query for a rule on a snapshot: ages as of when the snapshot was taken (so the same
 * rule on the same snapshot always gives the same devices), the service account always excluded.
 */
export async function staleQueryFor(
  snapshotId: string,
  rule: StaleRule,
): Promise<StaleQuery | null> {
  const snapshot = await db.deviceSnapshot.findUnique({ where: { id: snapshotId } });
  if (!snapshot?.completedAt) return null;
  const homeserver = await getHomeserver();
  return {
    snapshotId,
    rule,
    asOf: snapshot.completedAt,
    excludeUsers: effectiveExclusions(rule, homeserver?.serviceUserId ?? null),
  };
}
