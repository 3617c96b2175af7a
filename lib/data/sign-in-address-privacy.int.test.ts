// A sign-in's address is a connection fact: viewers read, search and export the History without
// it, operators and admins with it. Against PostgreSQL, through the functions the pages and the
// export route call.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv, requireEnv } from "@/lib/testing/integration-env";
import type { Role } from "@/lib/auth/roles";

prepareTestAppEnv();

const { runAudited } = await import("@/lib/audit/run-audited");
const { describeEntry } = await import("@/lib/audit/describe/describe-entry");
const { findHistoryEntry, findHistoryPage } = await import("./audit-history");
const { historyExportResponse } = await import("@/lib/audit/export/history-export-response");
const { describeExportReport, verifyExport } = await import("@/lib/audit/export/verify-export");
const { logLinksOf } = await import("@/lib/audit/export/log-links");

const client = new pg.Client({ connectionString: requireEnv("DATABASE_URL") });
await client.connect();
afterAll(() => client.end());

/** A documentation address (RFC 5737), unique to the test run. */
const address = `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`;

/** A sign-in entry as matrix-sign-in.ts writes it, by an account of its own. */
async function signIn() {
  const userId = `@address-${randomBytes(4).toString("hex")}:localhost`;
  await runAudited(
    {
      actor: { id: userId },
      action: "console.sign_in",
      target: { type: "console", id: userId },
      input: { method: "password", clientAddress: address },
    },
    async () => ({ role: "viewer" }),
  );
  return userId;
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

async function exported(actor: string, role: Role, format: "ndjson" | "csv") {
  const user = { matrixId: `@exporter-${role}:localhost`, role };
  const response = await historyExportResponse(new URLSearchParams({ format, actor }), user);
  expect(response.status).toBe(200);
  return response.text();
}

describe("a sign-in's address in the History", () => {
  it("is left out of a viewer's page, entry and sentence, and says so", async () => {
    const actor = await signIn();
    const [forViewer] = (await findHistoryPage("viewer", { actor })).rows;
    const [forOperator] = (await findHistoryPage("operator", { actor })).rows;

    expect(forViewer?.input).toEqual({ method: "password" });
    expect(forViewer?.withheld).toEqual(["input.clientAddress"]);
    expect(describeEntry(forViewer!)).toBe(`${actor} signed in with a password`);
    expect(forOperator?.input).toEqual({ method: "password", clientAddress: address });
    expect(forOperator?.withheld).toEqual([]);
    expect(describeEntry(forOperator!)).toContain(`(from ${address})`);

    const entry = await findHistoryEntry("viewer", forViewer!.id);
    expect(entry?.input).toEqual({ method: "password" });
    expect(entry?.withheld).toEqual(["input.clientAddress"]);
    expect((await findHistoryEntry("admin", forViewer!.id))?.input).toMatchObject({
      clientAddress: address,
    });
  });

  it("finds nothing when a viewer searches for it", async () => {
    const actor = await signIn();
    expect((await findHistoryPage("viewer", { actor, q: address })).rows).toEqual([]);
    expect((await findHistoryPage("viewer", { actor, q: "password" })).rows).toHaveLength(1);
    expect((await findHistoryPage("operator", { actor, q: address })).rows).toHaveLength(1);
  });

  it("is left out of a viewer's export, which still verifies and says what it could not check", async () => {
    const actor = await signIn();
    const ndjson = await exported(actor, "viewer", "ndjson");
    expect(ndjson).not.toContain(address);
    const [row] = lines(ndjson).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(row).toMatchObject({ input: { method: "password" }, withheld: ["input.clientAddress"] });

    const report = await verifyExport(lines(ndjson), logLinksOf(client));
    expect(report).toMatchObject({ rows: 1, withheld: 1, links: 1, inLog: 2, problem: null });
    expect(describeExportReport(report)).toContain("1 row had a field withheld");

    const csv = await exported(actor, "viewer", "csv");
    expect(csv).not.toContain(address);
    expect(lines(csv)[1]).toMatch(/,input\.clientAddress$/);

    const full = await exported(actor, "admin", "ndjson");
    expect(full).toContain(address);
    expect(full).not.toContain("withheld");
    expect(await verifyExport(lines(full), logLinksOf(client))).toMatchObject({
      withheld: 0,
      links: 2,
      problem: null,
    });
  });

  it("cannot be claimed for another entry or field to skip its check", async () => {
    const actor = await signIn();
    const [line] = lines(await exported(actor, "admin", "ndjson"));
    const row = JSON.parse(line!) as Record<string, unknown>;
    const claims = [
      // The address is still there.
      { ...row, withheld: ["input.clientAddress"] },
      // Another field.
      { ...row, input: {}, withheld: ["input.method"] },
      // Another action, with its target changed.
      { ...row, action: "user.deactivate", input: {}, withheld: ["input.clientAddress"] },
    ];
    for (const claim of claims) {
      const report = await verifyExport([JSON.stringify(claim)]);
      expect(report.problem?.reason).toMatch(/withheld that cannot be/);
    }
  });
});
