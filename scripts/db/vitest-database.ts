// Global setup of the vitest "integration" project: uses DATABASE_URL when the test rig gives one,
// otherwise starts a throwaway embedded PostgreSQL; either way the database gets our migrations.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgresProcess } from "./embedded-postgres-process";
import { migrateDeploy } from "./migrate";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await migrateDeploy(given);
    return undefined;
  }
  const workDir = await mkdtemp(path.join(tmpdir(), "synapse-console-vitest-"));
  const postgres = await startEmbeddedPostgresProcess({
    dataDir: path.join(workDir, "postgres"),
    port: await freePort(),
  });
  // Test workers start after global setup and inherit this.
  process.env.DATABASE_URL = postgres.url;
  try {
    await migrateDeploy(postgres.url);
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return async () => {
    await postgres.stop();
    await rm(workDir, { recursive: true, force: true });
  };
}
