import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike, globToLike, type StaleRule } from "./stale-rule";

const DAY_MS = 86_400_000;

export type StaleQuery = {
  snapshotId: string;
  rule: StaleRule;
  /** Ages are measured from here; the dry run fixes it so the revoke gets the very same list. */
  asOf: Date;
  /** Users never touched, as globs: the rule's own and the console's service account. */
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
 * The snapshot's devices in the rule's scope (its "only these users" and user filter), each with
 * its rank among its user's devices by last use and what the rule makes of it: `aged` (old enough
 * to go), `never_left` (never used, but not taken by the rule), `excluded` (its user is left alone)
 * and `stale` (would be revoked). One statement, so the page, the counts and the revoke agree.
 */
function scopedRows(query: StaleQuery) {
  const { rule, asOf } = query;
  const seenCutoff = new Date(asOf.getTime() - rule.olderThanDays * DAY_MS);
  const neverDays = rule.neverSeenCreatedBeforeDays;
  const neverCutoff = neverDays === null ? null : new Date(asOf.getTime() - neverDays * DAY_MS);
  const excluded = query.excludeUsers.map(globToLike);
  const only = rule.onlyUsers.map(globToLike);
  const contains = rule.userContains === null ? null : `%${escapeLike(rule.userContains)}%`;
  return Prisma.sql`
    WITH ranked AS (
      SELECT user_id, device_id, display_name, last_seen_at, last_seen_user_agent, last_seen_ip,
             user_type,
             row_number() OVER (
               PARTITION BY user_id ORDER BY last_seen_at DESC NULLS LAST, device_id
             ) AS recency,
             user_id LIKE ANY (${excluded}::text[]) AS excluded,
             CASE WHEN last_seen_at IS NOT NULL THEN last_seen_at < ${seenCutoff}
                  -- 0 days takes never-used devices of accounts of any age, even unknown.
                  ELSE ${neverCutoff}::timestamptz IS NOT NULL
                       AND (${neverDays}::int = 0
                            OR coalesce(user_created_at < ${neverCutoff}::timestamptz, false))
             END AS aged
        FROM device_record
       WHERE snapshot_id = ${query.snapshotId}::uuid
         AND (cardinality(${only}::text[]) = 0 OR user_id LIKE ANY (${only}::text[]))
         AND (${contains}::text IS NULL OR user_id ILIKE ${contains}::text)
    )
    SELECT *,
           last_seen_at IS NULL AND NOT aged AS never_left,
           aged AND NOT excluded AND recency > ${rule.keepMostRecent} AS stale
      FROM ranked`;
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
      FROM (${scopedRows(query)}) AS scoped
     WHERE stale
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

/** What the rule finds, counted so the page can say why each device goes or stays. */
export type StaleCounts = {
  /** Would be revoked, and of how many users. */
  devices: number;
  users: number;
  /** Old enough to go, of users not excluded: last used before the cut-off, or never used. */
  seenOld: number;
  neverOld: number;
  /** Never used but not taken by the rule (no never-used age set, or the account too young). */
  neverLeft: number;
  /** Old enough to go but of excluded users (the console's own account always is). */
  excluded: number;
};

export async function countStaleDevices(query: StaleQuery): Promise<StaleCounts> {
  const [row] = await db.$queryRaw<Array<Record<keyof StaleCounts, bigint>>>`
    SELECT count(*) FILTER (WHERE stale) AS devices,
           count(DISTINCT user_id) FILTER (WHERE stale) AS users,
           count(*) FILTER (WHERE aged AND NOT excluded AND last_seen_at IS NOT NULL) AS "seenOld",
           count(*) FILTER (WHERE aged AND NOT excluded AND last_seen_at IS NULL) AS "neverOld",
           count(*) FILTER (WHERE never_left AND NOT excluded) AS "neverLeft",
           count(*) FILTER (WHERE aged AND excluded) AS excluded
      FROM (${scopedRows(query)}) AS scoped`;
  return {
    devices: Number(row?.devices ?? 0),
    users: Number(row?.users ?? 0),
    seenOld: Number(row?.seenOld ?? 0),
    neverOld: Number(row?.neverOld ?? 0),
    neverLeft: Number(row?.neverLeft ?? 0),
    excluded: Number(row?.excluded ?? 0),
  };
}
