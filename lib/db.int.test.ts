import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, expect, it, vi } from "vitest";
import { chainedEntry, chainedOutcome } from "@/lib/audit/testing/chained-rows";
import { createDb } from "@/lib/db";

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set: the integration project's global setup provides one");
  return url;
}

const scriptDb = createDb(databaseUrl());

afterAll(async () => {
  await scriptDb.$disconnect();
});

it("createDb writes and reads an audit entry with its outcome (BigInt ids, JSON input)", async () => {
  const requestId = randomUUID();
  const { contentHash, ...entryRow } = chainedEntry({
    requestId,
    actorId: "setup",
    action: "test.db",
    targetType: "user",
    targetId: "@db:example.org",
    input: { n: 1 },
  });
  const entry = await scriptDb.auditEntry.create({
    data: { ...entryRow, input: { n: 1 }, contentHash: new Uint8Array(contentHash) },
  });
  const outcome = chainedOutcome(entry.id, {
    outcome: "failure",
    errorCode: "M_FORBIDDEN",
    errorMessage: "no",
  });
  await scriptDb.auditOutcome.create({
    data: {
      entryId: entry.id,
      outcome: "failure",
      errorCode: "M_FORBIDDEN",
      errorMessage: "no",
      at: outcome.at,
      contentHash: new Uint8Array(outcome.contentHash),
    },
  });

  const read = await scriptDb.auditEntry.findUniqueOrThrow({
    where: { requestId },
    include: { outcome: true },
  });

  expect(typeof read.id).toBe("bigint");
  expect(read.input).toEqual({ n: 1 });
  expect(read.outcome).toMatchObject({
    entryId: entry.id,
    outcome: "failure",
    errorCode: "M_FORBIDDEN",
  });
  await expect(
    scriptDb.auditEntry.update({ where: { id: entry.id }, data: { action: "x" } }),
    // The app's role may not update the audit log at all (the triggers guard it for the owner).
  ).rejects.toThrow(/permission denied for table audit_entry/);
});

it("db is one client per process, configured from the app environment", async () => {
  vi.stubEnv("SECRETS_KEY", randomBytes(32).toString("hex"));
  vi.stubEnv("NEXTAUTH_SECRET", randomBytes(32).toString("hex"));
  const { db } = await import("@/lib/db");
  try {
    const rows = await db.$queryRaw<
      Array<{ database: string }>
    >`SELECT current_database() AS database`;
    expect(rows[0]?.database).toBe(new URL(databaseUrl()).pathname.slice(1));
    expect(db.roleGrant).toBe(db.roleGrant);
  } finally {
    await db.$disconnect();
    vi.unstubAllEnvs();
  }
});
