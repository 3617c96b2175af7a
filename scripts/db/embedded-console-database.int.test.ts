// `npm start`'s own PostgreSQL: a generated superuser password (kept in secrets.json), the old
// `postgres` password refused, and a data dir from before the roles handed over to them.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterEach, describe, expect, it } from "vitest";
import { ENTRY_INSERT, entryInsertValues } from "@/lib/audit/testing/chained-rows";
import { createBossDb } from "@/lib/jobs/boss-db";
import { BOSS_SCHEMA, ensureQueues } from "@/lib/jobs/queue";
import { loadOrCreateSecrets } from "../console/generated-secrets";
import { startEmbeddedConsoleDatabase } from "./embedded-console-database";
import { startEmbeddedPostgresProcess } from "./embedded-postgres-process";
import { freePort } from "./free-port";
import { migrateDeploy } from "./migrate";
import { prepareDatabase } from "./prepare-database";
import { queryOnce } from "./test-project";

/** Starting PostgreSQL in a child process and migrating takes a while on a busy machine. */
const SLOW = 180_000;
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function dataDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "synapse-console-embedded-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function startConsoleDatabase(dir: string, port: number) {
  const secrets = await loadOrCreateSecrets(dir);
  const database = await startEmbeddedConsoleDatabase({
    dataDir: path.join(dir, "postgres"),
    port,
    secrets,
    startServer: startEmbeddedPostgresProcess,
  });
  cleanups.push(() => database.stop());
  return { database, secrets };
}

async function signIn(port: number, user: string, password: string) {
  const client = new pg.Client({ host: "127.0.0.1", port, user, password, database: "postgres" });
  await client.connect();
  await client.end();
}

/** pg-boss as the worker starts it: its schema checked, its queues (a table each) made. */
async function startBoss(url: string) {
  const boss = new PgBoss({ db: createBossDb(url), schema: BOSS_SCHEMA, schedule: false });
  boss.on("error", () => undefined);
  try {
    await boss.start();
    await ensureQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** The app role writes an audit entry and is refused an update of it. */
async function appWritesAudit(appUrl: string) {
  const [entry] = await queryOnce<{ id: string }>(
    appUrl,
    ENTRY_INSERT,
    entryInsertValues({
      actorId: "setup",
      action: "test.embedded",
      targetType: "user",
      targetId: "@e:example.org",
      input: {},
    }),
  );
  expect(entry?.id).toBeTruthy();
  await expect(queryOnce(appUrl, "UPDATE audit_entry SET action = 'x'")).rejects.toThrow(
    /^permission denied for table audit_entry/,
  );
}

describe("the embedded PostgreSQL", () => {
  it(
    "gets random passwords kept in secrets.json, and refuses postgres/postgres",
    async () => {
      const dir = await dataDir();
      const port = await freePort();
      const { database, secrets } = await startConsoleDatabase(dir, port);

      const stored = JSON.parse(await readFile(path.join(dir, "secrets.json"), "utf8"));
      for (const key of ["POSTGRES_PASSWORD", "POSTGRES_OWNER_PASSWORD", "POSTGRES_APP_PASSWORD"]) {
        expect(stored[key]).toHaveLength(32);
      }
      expect(stored.POSTGRES_PASSWORD).not.toBe("postgres");
      await expect(signIn(port, "postgres", "postgres")).rejects.toMatchObject({ code: "28P01" });
      await signIn(port, "postgres", secrets.POSTGRES_PASSWORD);

      await prepareDatabase(database);
      const [me] = await queryOnce(
        database.appUrl,
        "SELECT current_user AS name, rolsuper AS super FROM pg_roles WHERE rolname = current_user",
      );
      expect(me).toEqual({ name: "console_app", super: false });
      await appWritesAudit(database.appUrl);
    },
    SLOW,
  );

  it(
    "on a data dir initialised with the password postgres, replaces it and hands the superuser's tables to the owner role",
    async () => {
      const dir = await dataDir();
      const port = await freePort();
      // As an earlier version left it: password postgres, migrated and used as the superuser.
      const legacy = await startEmbeddedPostgresProcess({
        dataDir: path.join(dir, "postgres"),
        port,
        password: "postgres",
      });
      try {
        await migrateDeploy(legacy.url);
        await startBoss(legacy.url);
      } finally {
        await legacy.stop();
      }

      const { database, secrets } = await startConsoleDatabase(dir, port);
      await expect(signIn(port, "postgres", "postgres")).rejects.toMatchObject({ code: "28P01" });
      await signIn(port, "postgres", secrets.POSTGRES_PASSWORD);
      const owners = await queryOnce<{ owner: string }>(
        database.ownerUrl,
        "SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'",
      );
      expect(owners).toEqual([{ owner: "console_owner" }]);
      await prepareDatabase(database);
      await appWritesAudit(database.appUrl);
      await startBoss(database.appUrl);
      const bossOwners = await queryOnce<{ owner: string }>(
        database.ownerUrl,
        `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = '${BOSS_SCHEMA}'`,
      );
      expect(bossOwners).toEqual([{ owner: "console_app" }]);
    },
    SLOW,
  );
});
