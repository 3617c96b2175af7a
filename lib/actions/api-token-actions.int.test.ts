// API token creation and revocation on the real PostgreSQL: admin only, audited with the name,
// role and expiry, and the token itself kept nowhere: not in its row, not in the audit log.
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { createApiToken } = await import("./create-api-token");
const { revokeApiToken } = await import("./revoke-api-token");
const { db } = await import("@/lib/db");

const asUser = (role: "viewer" | "operator" | "admin") => {
  const matrixId = `@at-${role}-${randomBytes(4).toString("hex")}:localhost`;
  return { matrixId, load: async () => ({ matrixId, role }) };
};
const uniqueName = () => `at-${randomBytes(4).toString("hex")}`;
const DAY = 86_400_000;

describe("API token actions", () => {
  it("creates a token once, stores only its hash, audits it without the token, and revokes it", async () => {
    const admin = asUser("admin");
    const name = uniqueName();
    const before = Date.now();
    const created = await runAction(
      createApiToken.definition,
      { name, role: "operator", expiresInDays: 30 },
      admin.load,
    );
    if (!created.ok) throw new Error(created.error);
    const { token } = created.data;
    expect(token).toMatch(/^sct_[A-Za-z0-9_-]{43}$/);

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row).toMatchObject({
      name,
      role: "operator",
      createdBy: admin.matrixId,
      tokenHash: createHash("sha256").update(token).digest("hex"),
      displayPrefix: token.slice(0, 12),
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 30 * DAY);
    expect(row.expiresAt.getTime()).toBeLessThan(Date.now() + 30 * DAY + 1000);
    // The token is nowhere in our database: not in its row, not in any audit entry or outcome.
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    const [found] = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM audit_entry e LEFT JOIN audit_outcome o ON o.entry_id = e.id
      WHERE e.input::text LIKE ${`%${token.slice(4)}%`} OR o.result::text LIKE ${`%${token.slice(4)}%`}`;
    expect(found?.count).toBe(0n);

    const revoked = await runAction(revokeApiToken.definition, { id: row.id }, admin.load);
    expect(revoked).toMatchObject({ ok: true, data: { name } });
    const again = await runAction(revokeApiToken.definition, { id: row.id }, admin.load);
    expect(again).toMatchObject({ ok: false, error: `The token "${name}" was revoked already.` });
    expect(await db.apiToken.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      revokedBy: admin.matrixId,
      revokedAt: expect.any(Date),
    });

    const entries = await db.auditEntry.findMany({
      where: { actorId: admin.matrixId },
      include: { outcome: true },
      orderBy: { id: "asc" },
    });
    expect(entries).toMatchObject([
      {
        action: "api_token.create",
        targetId: `token:${name}`,
        input: { name, role: "operator", expiresInDays: 30 },
        outcome: { outcome: "success", result: { token: "[redacted]", name } },
      },
      { action: "api_token.revoke", targetId: row.id, outcome: { outcome: "success" } },
      { action: "api_token.revoke", outcome: { outcome: "failure" } },
    ]);
  });

  it("refuses operators and viewers before anything is written, and bad names and expiries", async () => {
    for (const role of ["viewer", "operator"] as const) {
      const user = asUser(role);
      const name = uniqueName();
      const result = await runAction(
        createApiToken.definition,
        { name, role: "viewer", expiresInDays: 1 },
        user.load,
      );
      expect(result).toMatchObject({
        ok: false,
        error: `This needs the admin role; you are ${role}.`,
      });
      expect(await db.apiToken.count({ where: { name } })).toBe(0);
      expect(await db.auditEntry.count({ where: { actorId: user.matrixId } })).toBe(0);
    }
    const admin = asUser("admin");
    for (const input of [
      { name: uniqueName(), role: "admin", expiresInDays: 0 },
      { name: uniqueName(), role: "admin", expiresInDays: 366 },
      { name: "", role: "admin", expiresInDays: 5 },
      { name: "bad\nname", role: "admin", expiresInDays: 5 },
    ]) {
      const result = await runAction(createApiToken.definition, input as never, admin.load);
      expect(result.ok).toBe(false);
    }
    expect(await db.auditEntry.count({ where: { actorId: admin.matrixId } })).toBe(0);
  });

  it("refuses a second token with a name in use, even a revoked one's", async () => {
    const admin = asUser("admin");
    const name = uniqueName();
    const input = { name, role: "viewer" as const, expiresInDays: 1 };
    expect(await runAction(createApiToken.definition, input, admin.load)).toMatchObject({
      ok: true,
    });
    expect(await runAction(createApiToken.definition, input, admin.load)).toMatchObject({
      ok: false,
      error: `A token named "${name}" exists already; names are never reused.`,
    });
  });
});
