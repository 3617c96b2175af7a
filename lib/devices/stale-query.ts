import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { globToLike, type StaleRule } from "./stale-rule";

const DAY_MS = 86_400_000;

export type StaleQuery = {
  snapshotId: string;
  rule: StaleRule;
  /** Ages are measured from here; the dry run fixes it so the revoke gets the very same list. */
  asOf: Date;
  /** Users never touched besides the rule's own (the service account), as globs. */
  excludeUsers: readonly string[];
};

export type StaleDevice = {
  userId: string;
  deviceId: string;
  displayName: string | null;
  lastSeenAt: Date | null;
  lastSeenUserAgent: string | null;
  lastSeenIp: string | null;
  userType: string | null;
};

/**
 * The candidate rows: devices of users not excluded, past each user's `keepMostRecent` most
 * recently used, and either last used before the cut-off or never used by an account created
 * before the never-seen cut-off. One statement, so the page, the counts and the revoke agree.
 */
function staleRows(query: StaleQuery) {
  const { rule, asOf } = query;
  const seenCutoff = new Date(asOf.getTime() - rule.olderThanDays * DAY_MS);
  const neverCutoff =
    rule.neverSeenCreatedBeforeDays === undefined
      ? null
      : new Date(asOf.getTime() - rule.neverSeenCreatedBeforeDays * DAY_MS);
  const patterns = query.excludeUsers.map(globToLike);
  return Prisma.sql`
    WITH ranked AS (
      SELECT user_id, device_id, display_name, last_seen_at, last_seen_user_agent, last_seen_ip,
             user_type, user_created_at,
             row_number() OVER (
               PARTITION BY user_id ORDER BY last_seen_at DESC NULLS LAST, device_id
             ) AS recency
        FROM device_record
       WHERE snapshot_id = ${query.snapshotId}::uuid
         AND NOT (user_id LIKE ANY (${patterns}::text[]))
    )
    SELECT * FROM ranked
     WHERE recency > ${rule.keepMostRecent}
       AND (last_seen_at < ${seenCutoff}
            OR (last_seen_at IS NULL AND ${neverCutoff}::timestamptz IS NOT NULL
                AND user_created_at < ${neverCutoff}::timestamptz))`;
}

type Row = {
  user_id: string;
  device_id: string;
  display_name: string | null;
  last_seen_at: Date | null;
  last_seen_user_agent: string | null;
  last_seen_ip: string | null;
  user_type: string | null;
};

/** The stale devices in a stable order (never used first, then oldest), a page or all. */
export async function findStaleDevices(
  query: StaleQuery,
  page: { limit?: number; offset?: number } = {},
): Promise<StaleDevice[]> {
  const limit = page.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${page.limit}`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT user_id, device_id, display_name, last_seen_at, last_seen_user_agent, last_seen_ip,
           user_type
      FROM (${staleRows(query)}) AS stale
     ORDER BY last_seen_at ASC NULLS FIRST, user_id, device_id
     ${limit} OFFSET ${page.offset ?? 0}`;
  return rows.map((row) => ({
    userId: row.user_id,
    deviceId: row.device_id,
    displayName: row.display_name,
    lastSeenAt: row.last_seen_at,
    lastSeenUserAgent: row.last_seen_user_agent,
    lastSeenIp: row.last_seen_ip,
    userType: row.user_type,
  }));
}

/** How many devices, of how many users, the rule would revoke. */
export async function countStaleDevices(query: StaleQuery) {
  const [row] = await db.$queryRaw<Array<{ devices: bigint; users: bigint }>>`
    SELECT count(*) AS devices, count(DISTINCT user_id) AS users FROM (${staleRows(query)}) AS stale`;
  return { devices: Number(row?.devices ?? 0), users: Number(row?.users ?? 0) };
}
