// Global setup of the vitest "integration" project: uses DATABASE_URL (the app role) and
// DATABASE_OWNER_URL when the test rig gives them, otherwise starts a throwaway embedded PostgreSQL
// with both roles; either way the database gets our migrations as the owner and the app its grants.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setUpConsoleDatabase } from "./database-roles";
import { freePort } from "./free-port";
import { startEmbeddedPostgresProcess } from "./embedded-postgres-process";
import { prepareDatabase } from "./prepare-database";

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await prepareDatabase({ appUrl: given, ownerUrl: process.env.DATABASE_OWNER_URL });
    return undefined;
  }
  const workDir = await mkdtemp(path.join(tmpdir(), "synapse-console-vitest-"));
  const postgres = await startEmbeddedPostgresProcess({
    dataDir: path.join(workDir, "postgres"),
    port: await freePort(),
  });
  try {
    const urls = await setUpConsoleDatabase(postgres.serverUrl, "console_integration", {
      owner: randomBytes(12).toString("hex"),
      app: randomBytes(12).toString("hex"),
    });
    await prepareDatabase(urls);
    // Test workers start after global setup and inherit these.
    process.env.DATABASE_URL = urls.appUrl;
    process.env.DATABASE_OWNER_URL = urls.ownerUrl;
    process.env.TEST_POSTGRES_SUPERUSER_URL = postgres.serverUrl;
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return async () => {
    await postgres.stop();
    await rm(workDir, { recursive: true, force: true });
  };
}
