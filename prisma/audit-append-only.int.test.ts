// The audit tables refuse every change but INSERT, at the database level (migration
// audit_append_only), so no code path of the app can rewrite history. Run as the owner role: the
// app role is refused by privilege before the triggers are asked (scripts/db/app-role-privileges),
// and the triggers are what protects a deployment that runs with one role.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENTRY_INSERT,
  entryInsertValues,
  OUTCOME_INSERT,
  outcomeInsertValues,
} from "@/lib/audit/testing/chained-rows";

let client: pg.Client;

beforeAll(async () => {
  const url = process.env.DATABASE_OWNER_URL;
  if (!url)
    throw new Error(
      "DATABASE_OWNER_URL is not set: the integration project's global setup provides one",
    );
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

async function insertEntryWithOutcome() {
  const requestId = randomUUID();
  const entry = await client.query<{ id: string }>(
    ENTRY_INSERT,
    entryInsertValues({
      requestId,
      actorId: "setup",
      action: "test.append_only",
      targetType: "user",
      targetId: `@probe-${requestId}:example.org`,
      input: { displayname: "Probe" },
    }),
  );
  const entryId = entry.rows[0]?.id;
  if (!entryId) throw new Error("insert returned no id");
  await client.query(OUTCOME_INSERT, outcomeInsertValues(entryId, { outcome: "success" }));
  return { entryId, requestId };
}

describe("audit tables are append-only", () => {
  it("accepts inserts of entries and outcomes", async () => {
    const { entryId, requestId } = await insertEntryWithOutcome();
    const rows = await client.query(
      "SELECT e.request_id, o.outcome FROM audit_entry e JOIN audit_outcome o ON o.entry_id = e.id WHERE e.id = $1",
      [entryId],
    );
    expect(rows.rows).toEqual([{ request_id: requestId, outcome: "success" }]);
  });

  it.each([
    [
      "UPDATE audit_entry SET action = 'rewritten' WHERE id = $1",
      "audit_entry is append-only: UPDATE",
    ],
    ["DELETE FROM audit_entry WHERE id = $1", "audit_entry is append-only: DELETE"],
    [
      "UPDATE audit_outcome SET outcome = 'failure' WHERE entry_id = $1",
      "audit_outcome is append-only: UPDATE",
    ],
    ["DELETE FROM audit_outcome WHERE entry_id = $1", "audit_outcome is append-only: DELETE"],
  ])("refuses %s", async (sql, message) => {
    const { entryId } = await insertEntryWithOutcome();
    await expect(client.query(sql, [entryId])).rejects.toThrow(message);
    const still = await client.query(
      "SELECT e.action, o.outcome FROM audit_entry e JOIN audit_outcome o ON o.entry_id = e.id WHERE e.id = $1",
      [entryId],
    );
    expect(still.rows).toEqual([{ action: "test.append_only", outcome: "success" }]);
  });

  it.each([
    ["TRUNCATE audit_outcome", "audit_outcome is append-only: TRUNCATE"],
    ["TRUNCATE audit_entry CASCADE", "is append-only: TRUNCATE"],
  ])("refuses %s", async (sql, message) => {
    const { entryId } = await insertEntryWithOutcome();
    await expect(client.query(sql)).rejects.toThrow(message);
    const still = await client.query(
      "SELECT count(*)::int AS n FROM audit_outcome WHERE entry_id = $1",
      [entryId],
    );
    expect(still.rows).toEqual([{ n: 1 }]);
  });

  it("allows one outcome per entry only", async () => {
    const { entryId } = await insertEntryWithOutcome();
    await expect(
      client.query(OUTCOME_INSERT, outcomeInsertValues(entryId, { outcome: "failure" })),
    ).rejects.toThrow(/audit_outcome_entry_id_key/);
  });
});

describe("homeserver", () => {
  it("holds only the row whose id is 'default'", async () => {
    await expect(
      client.query(
        "INSERT INTO homeserver (id, base_url, server_name, auth_method, secret_encrypted, updated_at) VALUES ('second', 'http://x', 'x', 'password', 'x', now())",
      ),
    ).rejects.toThrow(/homeserver_single_row/);
  });
});
