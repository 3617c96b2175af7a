// The app connects as a role that may read and append to the audit log and nothing more: the
// privilege check refuses before the append-only triggers are even asked, and the app cannot
// disable, drop or bypass those triggers. Every other table is read and written normally,
// including tables a later migration adds (the owner's default privileges).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENTRY_INSERT,
  entryInsertValues,
  OUTCOME_INSERT,
  outcomeInsertValues,
} from "@/lib/audit/testing/chained-rows";
import { requireEnv } from "@/lib/testing/integration-env";
import { APPEND_ONLY_TABLES } from "./grant-app-role";

let app: pg.Client;
let owner: pg.Client;

beforeAll(async () => {
  app = new pg.Client({ connectionString: requireEnv("DATABASE_URL") });
  owner = new pg.Client({ connectionString: requireEnv("DATABASE_OWNER_URL") });
  await Promise.all([app.connect(), owner.connect()]);
});

afterAll(async () => {
  await Promise.all([app?.end(), owner?.end()]);
});

async function insertEntryWithOutcome() {
  const entry = await app.query<{ id: string }>(
    ENTRY_INSERT,
    entryInsertValues({
      actorId: "setup",
      action: "test.app_role",
      targetType: "user",
      targetId: "@probe:example.org",
      input: {},
    }),
  );
  const entryId = entry.rows[0]!.id;
  await app.query(OUTCOME_INSERT, outcomeInsertValues(entryId, { outcome: "success" }));
  return entryId;
}

async function stillThere(entryId: string) {
  const { rows } = await owner.query(
    "SELECT e.action, o.outcome FROM audit_entry e JOIN audit_outcome o ON o.entry_id = e.id WHERE e.id = $1",
    [entryId],
  );
  expect(rows).toEqual([{ action: "test.app_role", outcome: "success" }]);
}

describe("the app role on the audit tables", () => {
  it("is neither a superuser nor a member of the owner role", async () => {
    const { rows } = await app.query(
      "SELECT current_user AS name, rolsuper AS super, pg_has_role(current_user, $1, 'MEMBER') AS member FROM pg_roles WHERE rolname = current_user",
      [new URL(requireEnv("DATABASE_OWNER_URL")).username],
    );
    expect(rows[0]).toMatchObject({ super: false, member: false });
    expect(rows[0].name).not.toBe(new URL(requireEnv("DATABASE_OWNER_URL")).username);
  });

  it("can insert and read entries and outcomes", async () => {
    const entryId = await insertEntryWithOutcome();
    const { rows } = await app.query("SELECT outcome FROM audit_outcome WHERE entry_id = $1", [
      entryId,
    ]);
    expect(rows).toEqual([{ outcome: "success" }]);
  });

  it.each([
    "UPDATE audit_entry SET action = 'rewritten' WHERE id = $1",
    "DELETE FROM audit_entry WHERE id = $1",
    "UPDATE audit_outcome SET outcome = 'failure' WHERE entry_id = $1",
    "DELETE FROM audit_outcome WHERE entry_id = $1",
  ])("is refused by privilege, not only by trigger: %s", async (sql) => {
    const entryId = await insertEntryWithOutcome();
    await expect(app.query(sql, [entryId])).rejects.toThrow(/^permission denied for table audit_/);
    await stillThere(entryId);
  });

  it.each([
    ["TRUNCATE audit_outcome", /^permission denied for table audit_outcome/],
    ["TRUNCATE audit_entry CASCADE", /^permission denied for table audit_/],
    [
      "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_delete",
      /^must be owner of table audit_entry/,
    ],
    ["ALTER TABLE audit_outcome DISABLE TRIGGER ALL", /^must be owner of table audit_outcome/],
    ["DROP TRIGGER audit_entry_no_truncate ON audit_entry", /^must be owner of (relation|table)/],
    ["DROP TABLE audit_outcome", /^must be owner of table audit_outcome/],
    ["DROP TABLE audit_entry CASCADE", /^must be owner of table audit_entry/],
    ["DROP FUNCTION audit_refuse_change()", /^must be owner of function audit_refuse_change/],
    ["ALTER TABLE audit_entry RENAME TO audit_entry_old", /^must be owner of table audit_entry/],
    [
      "CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN OLD; END'",
      /^permission denied for schema public/,
    ],
    ["SET session_replication_role = replica", /^permission denied to set parameter/],
    ["UPDATE _prisma_migrations SET checksum = 'x'", /^permission denied for table/],
  ])("cannot %s", async (sql, message) => {
    const entryId = await insertEntryWithOutcome();
    await expect(app.query(sql)).rejects.toThrow(message);
    await stillThere(entryId);
  });
});

type Privilege = "SELECT" | "INSERT" | "UPDATE" | "DELETE" | "TRUNCATE" | "TRIGGER" | "REFERENCES";
const ALL: Privilege[] = [
  "SELECT",
  "INSERT",
  "UPDATE",
  "DELETE",
  "TRUNCATE",
  "TRIGGER",
  "REFERENCES",
];

/** What the app role holds on each table of ours, read from the catalog (so new tables count too). */
async function heldPrivileges(): Promise<Record<string, Privilege[]>> {
  const { rows } = await owner.query<{ name: string; held: Privilege[] }>(
    `SELECT c.relname AS name,
            array(SELECT p FROM unnest($2::text[]) p WHERE has_table_privilege($1, c.oid, p)) AS held
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    [new URL(requireEnv("DATABASE_URL")).username, ALL],
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.held]));
}

describe("the app role on every other table", () => {
  it("holds SELECT, INSERT, UPDATE, DELETE on each of our tables and no more; only SELECT, INSERT on the append-only ones", async () => {
    const held = await heldPrivileges();
    expect(Object.keys(held).length).toBeGreaterThan(5);
    for (const [table, privileges] of Object.entries(held)) {
      const expected = (APPEND_ONLY_TABLES as readonly string[]).includes(table)
        ? ["SELECT", "INSERT"]
        : table === "_prisma_migrations"
          ? []
          : ["SELECT", "INSERT", "UPDATE", "DELETE"];
      expect({ table, privileges }).toEqual({ table, privileges: expected });
    }
  });

  it("gets the same grants on a table a later migration creates, without the grant step running again", async () => {
    const table = `later_${randomBytes(4).toString("hex")}`;
    await owner.query(`CREATE TABLE ${table} (id serial PRIMARY KEY, note text)`);
    try {
      await app.query(`INSERT INTO ${table} (note) VALUES ('a')`);
      await app.query(`UPDATE ${table} SET note = 'b'`);
      expect((await app.query(`SELECT note FROM ${table}`)).rows).toEqual([{ note: "b" }]);
      await app.query(`DELETE FROM ${table}`);
      await expect(app.query(`TRUNCATE ${table}`)).rejects.toThrow(/^permission denied/);
      await expect(app.query(`DROP TABLE ${table}`)).rejects.toThrow(/^must be owner/);
    } finally {
      await owner.query(`DROP TABLE ${table}`);
    }
  });

  it("cannot create tables in our schema", async () => {
    await expect(app.query("CREATE TABLE app_made (id int)")).rejects.toThrow(
      /^permission denied for schema public/,
    );
  });
});
