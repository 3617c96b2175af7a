// Sign-ins keep the address they came from, a connection fact: readers who do not see connections
// (viewers) are not given sign-in entries at all, in the History, an entry's page, a search or an
// export, while operators and admins are. Against PostgreSQL, through the functions the pages and
// the export route call.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv, requireEnv } from "@/lib/testing/integration-env";
import type { Role } from "@/lib/auth/roles";

prepareTestAppEnv();

const { runAudited } = await import("@/lib/audit/run-audited");
const { findHistoryEntry, findHistoryPage } = await import("./audit-history");
const { historyExportResponse } = await import("@/lib/audit/export/history-export-response");
const { verifyExport } = await import("@/lib/audit/export/verify-export");
const { logLinksOf } = await import("@/lib/audit/export/log-links");

const client = new pg.Client({ connectionString: requireEnv("DATABASE_URL") });
await client.connect();
afterAll(() => client.end());

/** A documentation address (RFC 5737). */
const address = `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`;

/**
 * Someone's sign-in, as matrix-sign-in.ts writes it, then a change they make: the History of that
 * actor holds both, the sign-in first.
 */
async function signInThenChange() {
  const actor = `@privacy-${randomBytes(4).toString("hex")}:localhost`;
  await runAudited(
    {
      actor: { id: actor },
      action: "console.sign_in",
      target: { type: "console", id: actor },
      input: { method: "password", clientAddress: address },
    },
    async () => ({ role: "operator" }),
  );
  await runAudited(
    {
      actor: { id: actor, role: "operator" },
      action: "user.lock",
      target: { type: "user", id: "@someone:localhost" },
      input: { locked: true },
    },
    async () => ({ locked: true }),
  );
  return actor;
}

const actionsOf = (rows: Array<{ action: string }>) => rows.map((row) => row.action);
const lines = (text: string) => text.split("\n").filter((line) => line !== "");

async function exported(actor: string, role: Role) {
  const user = { matrixId: `@exporter-${role}:localhost`, role };
  const response = await historyExportResponse(
    new URLSearchParams({ format: "ndjson", actor }),
    user,
  );
  expect(response.status).toBe(200);
  return lines(await response.text());
}

describe("sign-ins in the History", () => {
  it("are listed and opened for operators and admins, with the address", async () => {
    const actor = await signInThenChange();
    for (const role of ["operator", "admin"] as const) {
      const { rows } = await findHistoryPage(role, { actor });
      expect(actionsOf(rows)).toEqual(["user.lock", "console.sign_in"]);
      const entry = await findHistoryEntry(role, rows[1]!.id);
      expect(entry?.input).toEqual({ method: "password", clientAddress: address });
    }
    const search = await findHistoryPage("operator", { actor, q: address });
    expect(actionsOf(search.rows)).toEqual(["console.sign_in"]);
  });

  it("are not given to a viewer: not listed, searched, opened or exported", async () => {
    const actor = await signInThenChange();
    expect(actionsOf((await findHistoryPage("viewer", { actor })).rows)).toEqual(["user.lock"]);
    expect((await findHistoryPage("viewer", { actor, action: "console.sign_in" })).rows).toEqual(
      [],
    );
    expect((await findHistoryPage("viewer", { actor, q: address })).rows).toEqual([]);

    const [, signIn] = (await findHistoryPage("admin", { actor })).rows;
    expect(await findHistoryEntry("viewer", signIn!.id)).toBeNull();

    const rows = await exported(actor, "viewer");
    expect(rows.map((line) => (JSON.parse(line) as { action: string }).action)).toEqual([
      "user.lock",
    ]);
    expect(rows.join("\n")).not.toContain(address);
    // What is left still verifies, against the log too.
    expect(await verifyExport(rows, logLinksOf(client))).toMatchObject({
      rows: 1,
      links: 2,
      inLog: 2,
      problem: null,
    });
    expect(await exported(actor, "operator")).toHaveLength(2);
  });
});
