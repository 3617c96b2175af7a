// The Prisma CLI driven through our wasm schema engine bridge against a real PostgreSQL: each test
// works on its own scratch database (and, when it changes files, its own copy of prisma/).
import { spawn } from "node:child_process";
import { appendFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { ENTRY_INSERT, entryInsertValues } from "@/lib/audit/testing/chained-rows";
import { runPrisma } from "@/scripts/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "@/scripts/db/scratch-database";
import { copyPrismaProject, queryOnce, type ProjectCopy } from "@/scripts/db/test-project";

/** The tables schema.prisma maps its models to, so a new model needs no edit here. */
async function appTables(): Promise<string[]> {
  const schema = await readFile(
    path.resolve(import.meta.dirname, "../../prisma/schema.prisma"),
    "utf8",
  );
  const models = schema.match(/^model \w+ \{[\s\S]*?^\}/gm) ?? [];
  const names = models.map((model) => /@@map\("(\w+)"\)/.exec(model)?.[1] ?? "");
  return ["_prisma_migrations", ...names].sort();
}
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Creating databases takes more than the app role has: the test rig's superuser does it. */
function serverUrl(): string {
  const url = process.env.TEST_POSTGRES_SUPERUSER_URL;
  if (!url)
    throw new Error(
      "TEST_POSTGRES_SUPERUSER_URL is not set: the integration project's global setup provides one",
    );
  return url;
}

async function scratch(prefix: string): Promise<ScratchDatabase> {
  const database = await createScratchDatabase(serverUrl(), prefix);
  cleanups.push(database.drop);
  return database;
}

async function projectCopy(): Promise<ProjectCopy> {
  const copy = await copyPrismaProject();
  cleanups.push(copy.remove);
  return copy;
}

async function tablesOf(url: string): Promise<string[]> {
  const rows = await queryOnce<{ name: string }>(
    url,
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
  );
  return rows.map((row) => row.name);
}

async function appliedMigrations(url: string): Promise<string[]> {
  const rows = await queryOnce<{ name: string }>(
    url,
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1",
  );
  return rows.map((row) => row.name);
}

async function committedMigrations(): Promise<string[]> {
  const entries = await readdir(path.resolve("prisma/migrations"), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function leftoverShadowDatabases(): Promise<string[]> {
  const rows = await queryOnce<{ name: string }>(
    serverUrl(),
    "SELECT datname AS name FROM pg_database WHERE datname LIKE 'prisma_shadow_%'",
  );
  return rows.map((row) => row.name);
}

describe("Prisma CLI through the wasm schema engine bridge", () => {
  it("migrate deploy builds every table on an empty database, and migrate status agrees", async () => {
    const database = await scratch("bridge_deploy");
    const started = performance.now();
    const deploy = await runPrisma(["migrate", "deploy"], { databaseUrl: database.url });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);

    expect(deploy.code, deploy.output).toBe(0);
    console.info(`migrate deploy on an empty database: ${seconds}s`);
    expect(await tablesOf(database.url)).toEqual(await appTables());
    expect(await appliedMigrations(database.url)).toEqual(await committedMigrations());

    const status = await runPrisma(["migrate", "status"], { databaseUrl: database.url });
    expect(status.code, status.output).toBe(0);
    expect(status.output).toContain("Database schema is up to date!");
  });

  it("the committed migrations, replayed in a shadow database, give exactly schema.prisma", async () => {
    const database = await scratch("bridge_diff");
    const diff = await runPrisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { databaseUrl: database.url },
    );

    // --exit-code makes the CLI exit 2 when the schema and the migrations differ.
    expect(diff.code, diff.output).toBe(0);
    expect(diff.output).toContain("No difference detected.");
    expect(await leftoverShadowDatabases()).toEqual([]);
  });

  it("migrate dev writes and applies a second migration for a schema change", async () => {
    const database = await scratch("bridge_dev");
    const project = await projectCopy();
    await appendFile(
      path.join(project.dir, "prisma/schema.prisma"),
      '\nmodel ProbeNote {\n  id   Int    @id @default(autoincrement())\n  body String\n\n  @@map("probe_note")\n}\n',
    );

    const dev = await runPrisma(["migrate", "dev", "--name", "add_probe_note"], {
      databaseUrl: database.url,
      cwd: project.dir,
    });

    expect(dev.code, dev.output).toBe(0);
    const migrations = await readdir(path.join(project.dir, "prisma/migrations"));
    const added = migrations.find((name) => name.endsWith("_add_probe_note"));
    expect(added, migrations.join(", ")).toBeDefined();
    const sql = await readFile(
      path.join(project.dir, "prisma/migrations", `${added}`, "migration.sql"),
      "utf8",
    );
    expect(sql).toContain('CREATE TABLE "probe_note"');
    expect(await tablesOf(database.url)).toContain("probe_note");
    expect(await appliedMigrations(database.url)).toEqual(
      [...(await committedMigrations()), `${added}`].sort(),
    );

    const status = await runPrisma(["migrate", "status"], {
      databaseUrl: database.url,
      cwd: project.dir,
    });
    expect(status.output).toContain("Database schema is up to date!");
    expect(await leftoverShadowDatabases()).toEqual([]);
  });

  it("a failing migration is reported and rolled back as a whole", async () => {
    const database = await scratch("bridge_broken");
    const project = await projectCopy();
    const broken = path.join(project.dir, "prisma/migrations/29990101000000_broken");
    await mkdir(broken);
    await writeFile(
      path.join(broken, "migration.sql"),
      "CREATE TABLE half_done (id INT);\nSELECT * FROM table_that_does_not_exist;\n",
    );

    const deploy = await runPrisma(["migrate", "deploy"], {
      databaseUrl: database.url,
      cwd: project.dir,
    });

    expect(deploy.code).not.toBe(0);
    expect(deploy.output).toContain("table_that_does_not_exist");
    expect(await tablesOf(database.url)).not.toContain("half_done");
    expect(await appliedMigrations(database.url)).toEqual(await committedMigrations());
    const status = await runPrisma(["migrate", "status"], {
      databaseUrl: database.url,
      cwd: project.dir,
    });
    expect(status.code).not.toBe(0);
    expect(status.output).toContain("29990101000000_broken");
  });

  it("migrate reset --force empties the database and applies every migration again", async () => {
    const database = await scratch("bridge_reset");
    expect((await runPrisma(["migrate", "deploy"], { databaseUrl: database.url })).code).toBe(0);
    await queryOnce(
      database.url,
      ENTRY_INSERT,
      entryInsertValues({ actorId: "setup", action: "test.reset" }),
    );

    const reset = await runPrisma(["migrate", "reset", "--force"], { databaseUrl: database.url });

    expect(reset.code, reset.output).toBe(0);
    expect(await queryOnce(database.url, "SELECT id FROM audit_entry")).toEqual([]);
    expect(await appliedMigrations(database.url)).toEqual(await committedMigrations());
  });

  it("migrate diff prints SQL and db push creates the tables on an empty database", async () => {
    const database = await scratch("bridge_push");
    const diff = await runPrisma(
      ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
      { databaseUrl: database.url },
    );
    expect(diff.code, diff.output).toBe(0);
    expect(diff.output).toContain('CREATE TABLE "audit_entry"');

    const push = await runPrisma(["db", "push"], { databaseUrl: database.url });
    expect(push.code, push.output).toBe(0);
    expect(await tablesOf(database.url)).toEqual(
      (await appTables()).filter((name) => name !== "_prisma_migrations"),
    );
  });

  it("answers a Rust panic with is_panic and the panic message", async () => {
    const bridge = path.resolve(import.meta.dirname, "schema-engine.mjs");
    const child = spawn(bridge, ["--datasource", JSON.stringify({ url: serverUrl() })]);
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id: 1, method: "debugPanic" })}\n`);

    const reply = JSON.parse(String((await lines.next()).value)) as {
      id: number;
      error?: { data?: { is_panic?: boolean; message?: string } };
    };
    child.stdin.end();
    await new Promise((resolve) => child.on("close", resolve));

    expect(reply.id).toBe(1);
    expect(reply.error?.data?.is_panic).toBe(true);
    expect(reply.error?.data?.message).toContain("This is the debugPanic artificial panic");
  });
});
