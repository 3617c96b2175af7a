import { db } from "@/lib/db";

/**
 * Holds, until the transaction ends, the lock on these users' device rows that a scan's write and
 * a revoke's both take: one of the two then sees what the other wrote, so a device revoked while a
 * scan reads its user never lands in the snapshot (lib/devices/scan-writer.ts). Taken in one order
 * (by user ID), so two writers never wait on each other in a cycle.
 */
export function lockDeviceUsers(userIds: string[]) {
  const ordered = [...new Set(userIds)].sort();
  return db.$executeRaw`
    SELECT pg_advisory_xact_lock(hashtextextended('device-user:' || user_id, 0))
      FROM (SELECT unnest(${ordered}::text[]) AS user_id ORDER BY 1) AS users`;
}
