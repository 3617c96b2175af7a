// The one place that says what the app's database role may do. Runs as the owner role after every
// `migrate deploy`, so it also covers tables that migrations added since the last start.
import pg from "pg";
import PgBoss from "pg-boss";
import { BOSS_SCHEMA } from "../../lib/jobs/queue";
import { handOverSchema } from "./hand-over-objects";

/**
 * Tables the app may only read and append to (their triggers refuse changes too). A migration that
 * adds an append-only table adds it here.
 */
export const APPEND_ONLY_TABLES = ["audit_entry", "audit_outcome"] as const;

/** Tables the app has no business with at all. */
const OWNER_ONLY_TABLES = ["_prisma_migrations"] as const;

const APP_TABLE_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE";

/**
 * Gives `appRole` what the app needs and nothing more: read and write on our tables, only
 * SELECT and INSERT on the append-only ones, nothing it could use to alter a table or its
 * triggers. Default privileges give tables that later migrations create the same grants.
 * pg-boss's schema is installed (or upgraded) here and then owned by the app role, because
 * pg-boss creates a table per queue at run time.
 */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const app = client.escapeIdentifier(appRole);
    // Two instances starting at once would otherwise race ("tuple concurrently updated").
    // Ends with the session, released or not.
    await client.query("SELECT pg_advisory_lock(hashtext('synapse-console grant-app-role'))");
    await refuseOverpoweredAppRole(client, appRole);
    const owner = client.escapeIdentifier(
      (await client.query<{ name: string }>("SELECT current_user AS name")).rows[0]!.name,
    );
    const list = (tables: readonly string[]) => tables.map((t) => client.escapeIdentifier(t));
    await client.query("BEGIN");
    // In one transaction, so the app never holds UPDATE on an append-only table in between.
    for (const statement of [
      `GRANT USAGE ON SCHEMA public TO ${app}`,
      `GRANT ${APP_TABLE_PRIVILEGES} ON ALL TABLES IN SCHEMA public TO ${app}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT ${APP_TABLE_PRIVILEGES} ON TABLES TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
      `REVOKE ALL ON TABLE ${list(OWNER_ONLY_TABLES).join(", ")} FROM ${app}`,
      `REVOKE ALL ON TABLE ${list(APPEND_ONLY_TABLES).join(", ")} FROM ${app}`,
      `GRANT SELECT, INSERT ON TABLE ${list(APPEND_ONLY_TABLES).join(", ")} TO ${app}`,
    ]) {
      await client.query(statement);
    }
    await client.query("COMMIT");
    await installBossSchema(client);
    await handOverSchema(client, BOSS_SCHEMA, appRole);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** A superuser, or a member of the owner role, would make every grant above meaningless. */
async function refuseOverpoweredAppRole(client: pg.Client, appRole: string) {
  const { rows } = await client.query<{ super: boolean; member: boolean }>(
    `SELECT rolsuper AS super, pg_has_role($1, current_user, 'MEMBER') AS member
       FROM pg_roles WHERE rolname = $1`,
    [appRole],
  );
  const role = rows[0];
  if (!role) throw new Error(`The app's database role ${appRole} does not exist.`);
  if (role.super || role.member) {
    throw new Error(
      `The app's database role ${appRole} is a superuser or a member of the owner role: give the app a plain role of its own.`,
    );
  }
}

/** Creates or upgrades pg-boss's tables, as the owner (the app role may not create schemas). */
async function installBossSchema(client: pg.Client) {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => client.query(text, values) },
    schema: BOSS_SCHEMA,
    supervise: false,
    schedule: false,
  });
  boss.on("error", (error) => console.error("[database] pg-boss", error.message));
  await boss.start();
  await boss.stop({ graceful: false, close: false, wait: true });
}
