// `npm run audit:verify`: walks the audit log's hash chain (lib/audit/chain.ts) and says
// "Intact: …" (exit 0) or the first link whose content or place does not match (exit 1); exit 2
// when the database cannot be read. Reads DATABASE_URL (environment or .env); without one, the
// embedded PostgreSQL of a running `npm start` (its port and the app role's password in
// DATA_DIR/secrets.json).
//
// `npm run audit:verify -- --export history.ndjson` checks a History export instead: every row's
// hashes recompute from its fields, consecutive links agree, and, when the database can be
// reached, every row is still in the log with the same hash. Exit 0 when it holds, 1 at the first
// row that does not, 2 when the file cannot be read.
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { verifyExportFile } from "../lib/audit/export/verify-export-file";
import { describeExportReport } from "../lib/audit/export/verify-export";
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

/** A connection to the log for checking an export, or null (and why) when there is none. */
async function optionalClient(): Promise<pg.Client | null> {
  try {
    const client = new pg.Client({
      connectionString: databaseUrl(),
      connectionTimeoutMillis: 5_000,
    });
    await client.connect();
    return client;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.error(`The audit log cannot be reached (${why}); checking the file alone.`);
    return null;
  }
}

async function verifyExport(file: string): Promise<number> {
  accessSync(file, constants.R_OK);
  const client = await optionalClient();
  try {
    const report = await verifyExportFile(file, client);
    console.log(describeExportReport(report));
    return report.problem ? 1 : 0;
  } finally {
    await client?.end();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { export: { type: "string" } } });
  if (values.export !== undefined) return verifyExport(values.export);
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
