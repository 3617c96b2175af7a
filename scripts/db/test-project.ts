import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export type ProjectCopy = { dir: string; remove(): Promise<void> };

/** A throwaway copy of prisma.config.ts and prisma/ (sharing node_modules), for tests that change the schema or migrations. */
export async function copyPrismaProject(): Promise<ProjectCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), "synapse-console-prisma-"));
  await cp(path.join(REPO_ROOT, "prisma"), path.join(dir, "prisma"), {
    recursive: true,
    filter: (source) => !source.endsWith(".test.ts"),
  });
  await cp(path.join(REPO_ROOT, "prisma.config.ts"), path.join(dir, "prisma.config.ts"));
  await symlink(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs one query on a fresh connection and returns its rows. */
export async function queryOnce<Row extends Record<string, unknown>>(
  url: string,
  sql: string,
  values?: unknown[],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
