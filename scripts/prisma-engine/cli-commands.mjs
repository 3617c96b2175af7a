import pg from "pg";
import { withDatabase } from "./pg-adapter.mjs";

// The native engine's one-shot mode: `schema-engine --datasource '{"url":…}' cli <command>`.
// The CLI runs it before migrate/db commands to check the database and create it when missing
// (P1003); the wasm engine has no equivalent, so these talk to PostgreSQL directly.

function describeServer(url) {
  const parsed = new URL(url);
  return {
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
    user: decodeURIComponent(parsed.username),
    location: `${parsed.hostname}:${parsed.port || "5432"}`,
  };
}

class CommandError extends Error {
  constructor(message, errorCode) {
    super(message);
    this.errorCode = errorCode;
  }
}

/** Translates a pg connection error into the Prisma error code the CLI branches on. */
export function toPrismaError(error, url) {
  const { database, user, location } = describeServer(url);
  switch (error?.code) {
    case "3D000":
      return new CommandError(
        `Database \`${database}\` does not exist on the database server at \`${location}\`.`,
        "P1003",
      );
    case "28P01":
    case "28000":
      return new CommandError(
        `Authentication failed against database server at \`${location}\`, the provided database credentials for \`${user}\` are not valid.`,
        "P1000",
      );
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return new CommandError(`Can't reach database server at \`${location}\``, "P1001");
    default:
      return new CommandError(String(error?.message ?? error));
  }
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return await work(client);
  } catch (error) {
    throw toPrismaError(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}

const COMMANDS = {
  "can-connect-to-database": (url) => withClient(url, (client) => client.query("SELECT 1")),
  "create-database": async (url) => {
    const { database } = describeServer(url);
    await withClient(withDatabase(url, "postgres"), async (client) => {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (found.rowCount === 0)
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    });
  },
};

/** Runs one command and returns the process exit code; failures go to stderr the way the CLI parses them. */
export async function runCliCommand(command, datasource) {
  const url = datasource?.url;
  const run = COMMANDS[command];
  try {
    if (!run)
      throw new CommandError(`Unknown command \`${command}\` for the wasm schema engine bridge.`);
    if (!url) throw new CommandError("No datasource URL given (--datasource).");
    await run(url);
    return 0;
  } catch (error) {
    const fields = {
      message: error.message,
      ...(error.errorCode ? { error_code: error.errorCode } : {}),
    };
    // The CLI skips the first stderr line and parses every following line as JSON, so no trailing newline.
    process.stderr.write(
      `${error.message}\n${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields })}`,
    );
    return 1;
  }
}
