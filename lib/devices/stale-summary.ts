import "server-only";
import { DEFAULT_STALE_RULE } from "./default-stale-rule";
import { getNewestCompleteSnapshot } from "./snapshot-reads";
import { staleQueryFor } from "./stale-plan";
import { countStaleDevices } from "./stale-query";

export type StaleSummary = { snapshotAt: Date; devices: number; users: number };

/**
 * How many devices the default rule finds stale in the newest snapshot, by the dry run's own
 * query; null before the first scan.
 */
export async function countStaleInNewestSnapshot(): Promise<StaleSummary | null> {
  const snapshot = await getNewestCompleteSnapshot();
  if (!snapshot?.completedAt) return null;
  const query = await staleQueryFor(snapshot.id, DEFAULT_STALE_RULE);
  if (!query) return null;
  const counts = await countStaleDevices(query);
  return { snapshotAt: snapshot.completedAt, devices: counts.devices, users: counts.users };
}
