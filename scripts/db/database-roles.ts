import pg from "pg";
import { databaseUrl } from "./scratch-database";
import { handOverSchema } from "./hand-over-objects";
import { BOSS_SCHEMA } from "../../lib/jobs/queue";

/** The role that owns the schema and runs migrations, and the role the app connects as. */
export const CONSOLE_ROLES = { owner: "console_owner", app: "console_app" } as const;

/** An advisory lock key of ours ("roles" in ASCII), taken on the server's "postgres" database. */
const ROLE_SETUP_LOCK = 0x726f6c6573;

export type ConsoleDatabaseUrls = { ownerUrl: string; appUrl: string };

type Passwords = { owner: string; app: string };

/**
 * As a superuser (the embedded PostgreSQL, the test rig): creates the owner and app roles with
 * these passwords (or sets them), and `database` owned by the owner. A database made when the
 * app still connected as the superuser has its objects handed over: ours to the owner, pg-boss's
 * to the app role.
 */
export async function setUpConsoleDatabase(
  superuserServerUrl: string,
  database: string,
  passwords: Passwords,
): Promise<ConsoleDatabaseUrls> {
  const { owner, app } = CONSOLE_ROLES;
  await onDatabase(databaseUrl(superuserServerUrl, "postgres"), async (client) => {
    // Roles are the server's, not a database's: two set-ups at once (the e2e and integration suites)
    // would update the same role rows ("tuple concurrently updated"). One at a time; the lock
    // goes with the connection.
    await client.query("SELECT pg_advisory_lock($1)", [ROLE_SETUP_LOCK]);
    await ensureLoginRole(client, owner, passwords.owner);
    await ensureLoginRole(client, app, passwords.app);
    // The owner hands pg-boss's schema to the app role (see grant-app-role.ts); never the reverse.
    await client.query(`GRANT ${app} TO ${owner}`);
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    const name = client.escapeIdentifier(database);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name} OWNER ${owner}`);
    else await client.query(`ALTER DATABASE ${name} OWNER TO ${owner}`);
  });
  await onDatabase(databaseUrl(superuserServerUrl, database), async (client) => {
    await handOverSchema(client, "public", owner);
    await handOverSchema(client, BOSS_SCHEMA, app);
  });
  return {
    ownerUrl: roleUrl(superuserServerUrl, database, owner, passwords.owner),
    appUrl: roleUrl(superuserServerUrl, database, app, passwords.app),
  };
}

async function ensureLoginRole(client: pg.Client, role: string, password: string) {
  const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  const verb = exists.rowCount === 0 ? "CREATE" : "ALTER";
  await client.query(
    `${verb} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${client.escapeLiteral(password)}`,
  );
}

/** The URL `role` uses to reach `database` on the server `serverUrl` points at. */
export function roleUrl(serverUrl: string, database: string, role: string, password: string) {
  const url = new URL(databaseUrl(serverUrl, database));
  url.username = role;
  url.password = encodeURIComponent(password);
  return url.toString();
}

async function onDatabase(url: string, work: (client: pg.Client) => Promise<void>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
