// A database made from nothing, as a new deployment's: the owner role migrates it and grants,
// then the app role does what the app does at start (an audited write, pg-boss with its queues).
import PgBoss from "pg-boss";
import { afterEach, describe, expect, it, vi } from "vitest";
import { chainedEntry, chainedOutcome } from "@/lib/audit/testing/chained-rows";
import { createDb } from "@/lib/db";
import { createBossDb } from "@/lib/jobs/boss-db";
import { BOSS_SCHEMA, ensureQueues, RUN_QUEUE } from "@/lib/jobs/queue";
import { requireEnv } from "@/lib/testing/integration-env";
import { CONSOLE_ROLES } from "./database-roles";
import { prepareDatabase, SINGLE_ROLE_WARNING } from "./prepare-database";
import { databaseUrl } from "./scratch-database";
import { queryOnce } from "./test-project";
import { freshConsoleDatabase } from "./testing/fresh-console-database";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A new database owned by the owner role, not migrated yet: each test prepares it its own way. */
async function freshDatabase() {
  const database = await freshConsoleDatabase("fresh_roles", { migrate: false });
  cleanups.push(() => database.drop());
  return { appUrl: database.appUrl, ownerUrl: database.ownerUrl };
}

describe("a fresh database", () => {
  it("migrated as the owner serves the app role: an audit entry, then pg-boss with its queues and a job", async () => {
    const urls = await freshDatabase();
    await prepareDatabase(urls, () => {
      throw new Error("two roles were given: no warning expected");
    });

    const db = createDb(urls.appUrl);
    cleanups.push(() => db.$disconnect());
    const { contentHash, ...entryRow } = chainedEntry({
      actorId: "setup",
      action: "test.fresh_roles",
      targetType: "user",
      targetId: "@fresh:example.org",
      input: {},
    });
    const entry = await db.auditEntry.create({
      data: { ...entryRow, input: {}, contentHash: new Uint8Array(contentHash) },
    });
    const outcome = chainedOutcome(entry.id, { outcome: "success" });
    await db.auditOutcome.create({
      data: {
        entryId: entry.id,
        outcome: "success",
        at: outcome.at,
        contentHash: new Uint8Array(outcome.contentHash),
      },
    });
    await expect(
      db.auditEntry.update({ where: { id: entry.id }, data: { action: "x" } }),
    ).rejects.toThrow(/permission denied for table audit_entry/);

    // As the worker does: start (pg-boss checks its schema), create the queues (a table each), send, fetch.
    const boss = new PgBoss({
      db: createBossDb(urls.appUrl),
      schema: BOSS_SCHEMA,
      schedule: false,
    });
    boss.on("error", () => undefined);
    cleanups.push(() => boss.stop({ graceful: false, wait: true }));
    await boss.start();
    await ensureQueues(boss);
    const jobId = await boss.send(RUN_QUEUE, { runId: "fresh" });
    const [job] = await boss.fetch<{ runId: string }>(RUN_QUEUE);
    expect(job).toMatchObject({ id: jobId, data: { runId: "fresh" } });

    const owners = await queryOnce<{ owner: string }>(
      urls.ownerUrl,
      `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = '${BOSS_SCHEMA}'`,
    );
    expect(owners).toEqual([{ owner: CONSOLE_ROLES.app }]);
  });

  it("given no owner connection, is migrated with the one role and says the audit log then has only its triggers", async () => {
    const urls = await freshDatabase();
    const log = vi.fn();
    await prepareDatabase({ appUrl: urls.ownerUrl }, log);
    expect(log).toHaveBeenCalledWith(SINGLE_ROLE_WARNING);
    expect(SINGLE_ROLE_WARNING).toMatch(/protected by its triggers only/);
    const tables = await queryOnce(urls.ownerUrl, "SELECT 1 FROM audit_entry");
    expect(tables).toEqual([]);
  });
});

it("grants are refused to an app role that is a superuser", async () => {
  const urls = await freshDatabase();
  const superuser = new URL(requireEnv("TEST_POSTGRES_SUPERUSER_URL"));
  await expect(
    prepareDatabase({ ownerUrl: urls.ownerUrl, appUrl: databaseUrl(superuser.toString(), "x") }),
  ).rejects.toThrow(/is a superuser or a member of the owner role/);
});
