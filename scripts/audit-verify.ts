// `npm run audit:verify`: walks the audit log's hash chain (lib/audit/chain.ts) and says
// "Intact: …" (exit 0) or the first link whose content or place does not match (exit 1); exit 2
// when the database cannot be read. Reads DATABASE_URL (environment or .env); without one, the
// embedded PostgreSQL of a running `npm start` (its port and the app role's password in
// DATA_DIR/secrets.json).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describeChainReport, verifyAuditChain } from "../lib/audit/verify-chain";
import { CONSOLE_ROLES, roleUrl } from "./db/database-roles";
import { DEFAULT_EMBEDDED_PORT } from "./db/embedded-postgres";

const root = path.resolve(import.meta.dirname, "..");

function databaseUrl(): string {
  if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const secretsFile = path.join(
    path.resolve(root, process.env.DATA_DIR || ".data"),
    "secrets.json",
  );
  if (!existsSync(secretsFile)) {
    throw new Error(
      `DATABASE_URL is not set and there is no ${secretsFile} of an embedded database`,
    );
  }
  const secrets = JSON.parse(readFileSync(secretsFile, "utf8")) as {
    POSTGRES_APP_PASSWORD: string;
  };
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT || DEFAULT_EMBEDDED_PORT);
  return roleUrl(
    `postgres://postgres@127.0.0.1:${port}/postgres`,
    "synapse_console",
    CONSOLE_ROLES.app,
    secrets.POSTGRES_APP_PASSWORD,
  );
}

async function main(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const started = performance.now();
    let lastShown = 0;
    const report = await verifyAuditChain(client, (checked, total) => {
      if (performance.now() - lastShown < 1_000) return;
      lastShown = performance.now();
      process.stderr.write(`checked ${checked} of ${total} links\n`);
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(describeChainReport(report));
    if (report.headHash) console.log(`Head hash: ${report.headHash} (checked in ${seconds} s)`);
    return report.problem ? 1 : 0;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit:verify: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
