import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeviceSearch } from "./device-search";

const DAY_MS = 86_400_000;

/** The newest snapshot a scan finished, or null before the first one. */
export function getNewestCompleteSnapshot() {
  return db.deviceSnapshot.findFirst({
    where: { completedAt: { not: null } },
    orderBy: { completedAt: "desc" },
  });
}

/**
 * The device scan queued or running now, if any, to link to instead of starting another: a scan,
 * or a scheduled stale-device clean-up, which scans every user too.
 */
export function findActiveDeviceScan() {
  return db.jobRun.findFirst({
    where: {
      kind: { in: ["device_scan", "stale_device_cleanup"] },
      status: { in: ["queued", "running"] },
    },
    orderBy: { queuedAt: "desc" },
    select: { id: true, status: true },
  });
}

function deviceWhere(snapshotId: string, asOf: Date, search: DeviceSearch) {
  const where: Prisma.DeviceRecordWhereInput = { snapshotId };
  if (search.seen === "never") where.lastSeenAt = null;
  if (search.seen === "older")
    where.lastSeenAt = { lt: new Date(asOf.getTime() - search.days * DAY_MS) };
  if (search.ua) where.lastSeenUserAgent = { contains: search.ua, mode: "insensitive" };
  if (search.user) where.userId = { contains: search.user, mode: "insensitive" };
  if (search.type === "normal") where.userType = null;
  if (search.type === "bot" || search.type === "support") where.userType = search.type;
  return where;
}

/** One page of the snapshot's devices, filtered and sorted by last use, and how many match. */
export async function findSnapshotDevices(
  snapshotId: string,
  asOf: Date,
  search: DeviceSearch,
  pageSize: number,
) {
  const where = deviceWhere(snapshotId, asOf, search);
  // Oldest first ("asc") starts with devices never used at all.
  const nulls = search.dir === "asc" ? "first" : "last";
  const [devices, total] = await Promise.all([
    db.deviceRecord.findMany({
      where,
      orderBy: [
        { lastSeenAt: { sort: search.dir, nulls } },
        { userId: "asc" },
        { deviceId: "asc" },
      ],
      skip: (search.page - 1) * pageSize,
      take: pageSize,
    }),
    db.deviceRecord.count({ where }),
  ]);
  return { devices, total };
}

export const AGE_BUCKETS = [
  { key: "d1", label: "< 1 day", days: 1 },
  { key: "d7", label: "< 7 days", days: 7 },
  { key: "d30", label: "< 30 days", days: 30 },
  { key: "d90", label: "< 90 days", days: 90 },
  { key: "y1", label: "< 1 year", days: 365 },
  { key: "older", label: "Older", days: null },
  { key: "never", label: "Never used", days: null },
] as const;
export type AgeBucket = { key: string; label: string; count: number };

/** How many of the snapshot's devices were last used within each age, as of the snapshot. */
export async function countDeviceAges(snapshotId: string, asOf: Date): Promise<AgeBucket[]> {
  const cut = (days: number) => new Date(asOf.getTime() - days * DAY_MS);
  const rows = await db.$queryRaw<Array<{ bucket: string; count: bigint }>>`
    SELECT CASE
             WHEN last_seen_at IS NULL THEN 'never'
             WHEN last_seen_at >= ${cut(1)} THEN 'd1'
             WHEN last_seen_at >= ${cut(7)} THEN 'd7'
             WHEN last_seen_at >= ${cut(30)} THEN 'd30'
             WHEN last_seen_at >= ${cut(90)} THEN 'd90'
             WHEN last_seen_at >= ${cut(365)} THEN 'y1'
             ELSE 'older'
           END AS bucket,
           count(*) AS count
      FROM device_record
     WHERE snapshot_id = ${snapshotId}::uuid
     GROUP BY 1`;
  const counts = new Map(rows.map((row) => [row.bucket, Number(row.count)]));
  return AGE_BUCKETS.map((bucket) => ({
    key: bucket.key,
    label: bucket.label,
    count: counts.get(bucket.key) ?? 0,
  }));
}
