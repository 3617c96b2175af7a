// A console database in trouble, for the overview's tiles: what a device scan, token rotations,
// job runs and a policy reconcile would have left behind, written straight into a console's own
// database (no worker runs there, so nothing moves them on).
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Runs statements on one console's database, in order, on one connection. */
async function sqlOn(databaseUrl: string, statements: Array<[string, unknown[]?]>) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const [text, values] of statements) await client.query(text, values ?? []);
  } finally {
    await client.end();
  }
}

const ago = (ms: number) => new Date(Date.now() - ms);

/** What the seeded situation should make each tile say. */
export type SeededAttention = { planId: string; server: string };

/**
 * Clears what an earlier run of the spec left in this (its own) database, then seeds:
 * - a snapshot taken 2 hours ago in which the Devices page's default rule (unused 90 days, each
 *   user keeps their newest) finds 3 stale devices of 2 users;
 * - 3 managed accounts: one past its max age, one whose last rotation failed, one fine; and one
 *   old token overdue for revocation (another not due yet);
 * - job runs: one failed an hour ago, one waiting for Synapse, one queued 20 minutes with no
 *   worker, and a failure of 10 days ago that no longer counts;
 * - a reconcile's plan of 3 hours ago with 2 actions of drift.
 */
export async function seedAttention(databaseUrl: string, server: string): Promise<SeededAttention> {
  const tag = randomBytes(3).toString("hex");
  const user = (name: string) => `@overview-${name}-${tag}:${server}`;
  const planId = randomUUID();
  const versionId = randomUUID();
  const snapshotId = randomUUID();
  const devices: Array<[string, string, number | null]> = [
    [user("alice"), "ALICE1", 1],
    [user("alice"), "ALICE200", 200],
    [user("alice"), "ALICE300", 300],
    [user("bob"), "BOB120", 120],
    [user("carol"), "CAROL95", 95],
    [user("carol"), "CAROLNEVER", null],
    [user("dan"), "DAN100", 100],
    [user("dan"), "DAN400", 400],
  ];
  const snapshotAt = ago(2 * HOUR_MS);
  const plan = {
    actions: [
      { type: "user.set_display_name", payload: { userId: user("alice"), displayName: "Alice" } },
      { type: "user.set_display_name", payload: { userId: user("bob"), displayName: "Bob" } },
    ],
    warnings: [],
    impossible: [],
  };
  const run = (status: string, kind: string, extra: string, values: unknown[]) =>
    [
      `INSERT INTO job_run (id, kind, params, status, trigger, requested_by, queued_at, started_at,
                            finished_at, waiting_for, error)
       VALUES (gen_random_uuid(), '${kind}', '{}'::jsonb, '${status}', 'manual', 'e2e', ${extra})`,
      values,
    ] as [string, unknown[]];
  await sqlOn(databaseUrl, [
    ["DELETE FROM device_record"],
    ["DELETE FROM device_snapshot"],
    ["DELETE FROM pending_revocation"],
    ["DELETE FROM managed_account"],
    ["DELETE FROM job_run"],
    ["DELETE FROM policy_plan"],
    ["DELETE FROM policy_version"],
    [
      `INSERT INTO device_snapshot (id, run_id, started_at, completed_at, user_count, device_count)
       VALUES ($1::uuid, gen_random_uuid(), $2, $2, 4, $3)`,
      [snapshotId, snapshotAt, devices.length],
    ],
    ...devices.map(
      ([userId, deviceId, seenDaysAgo]) =>
        [
          `INSERT INTO device_record (snapshot_id, user_id, device_id, last_seen_at, user_created_at)
           VALUES ($1::uuid, $2, $3, $4, $5)`,
          [
            snapshotId,
            userId,
            deviceId,
            seenDaysAgo === null ? null : new Date(snapshotAt.getTime() - seenDaysAgo * DAY_MS),
            ago(500 * DAY_MS),
          ],
        ] as [string, unknown[]],
    ),
    ...[
      [user("old-token"), ago(100 * DAY_MS), true],
      [user("failed-bot"), ago(DAY_MS), false],
      [user("fine-bot"), ago(DAY_MS), true],
    ].map(
      ([userId, issuedAt, ok]) =>
        [
          `INSERT INTO managed_account (user_id, max_token_age_days, token_issued_at, last_rotation_at,
                                        last_rotation_ok, last_rotation_error, created_by, updated_at)
           VALUES ($1, 90, $2, $2, $3, $4, 'e2e', now())`,
          [userId, issuedAt, ok, ok ? null : "Synapse refused the login (HTTP 403)"],
        ] as [string, unknown[]],
    ),
    [
      `INSERT INTO pending_revocation (user_id, device_id, revoke_after)
       VALUES ($1, 'OLDTOKEN', now() - interval '10 minutes'),
              ($1, 'NEWERTOKEN', now() + interval '30 minutes')`,
      [user("fine-bot")],
    ],
    run(
      "failed",
      "device_scan",
      "now() - interval '70 minutes', now() - interval '70 minutes', now() - interval '1 hour', NULL, $1",
      ["Synapse did not answer"],
    ),
    run(
      "running",
      "token_rotation",
      "now() - interval '3 minutes', now() - interval '3 minutes', NULL, $1, NULL",
      ["Synapse is not answering; trying again in 30 seconds"],
    ),
    run(
      "queued",
      "stale_device_revoke",
      "now() - interval '20 minutes', NULL, NULL, NULL, NULL",
      [],
    ),
    run(
      "failed",
      "device_scan",
      "now() - interval '10 days', now() - interval '10 days', now() - interval '10 days', NULL, $1",
      ["An old failure"],
    ),
    [
      `INSERT INTO policy_version (id, number, content, content_hash, message, author, origin)
       VALUES ($1::uuid, 1, '{}', md5('{}'), 'Seeded for the overview', 'e2e', 'editor')`,
      [versionId],
    ],
    [
      `INSERT INTO policy_plan (id, version_id, plan, action_count, removals, created_by, created_at, run_id)
       VALUES ($1::uuid, $2::uuid, $3::jsonb, 2, 0, 'job:e2e', now() - interval '3 hours', gen_random_uuid())`,
      [planId, versionId, JSON.stringify(plan)],
    ],
  ]);
  return { planId, server };
}
