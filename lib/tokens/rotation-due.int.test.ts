import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { countTokenAttention } = await import("./rotation-due");

const now = new Date();
const DAY_MS = 86_400_000;
const before = (ms: number) => new Date(now.getTime() - ms);
const tag = randomBytes(3).toString("hex");
const user = (name: string) => `@${name}-${tag}:rotation.test`;

afterAll(async () => {
  const seeded = { userId: { endsWith: `-${tag}:rotation.test` } };
  await db.pendingRevocation.deleteMany({ where: seeded });
  await db.managedAccount.deleteMany({ where: seeded });
});

describe("the overview's token figures", () => {
  it("counts what the Tokens page's due filter shows: rotations due (failed ones among them) and overdue revocations", async () => {
    // Other files' accounts stay in the shared database: only what this test adds is compared.
    const start = await countTokenAttention(now);
    const account = { maxTokenAgeDays: 30, createdBy: "test" };
    await db.managedAccount.createMany({
      data: [
        // Never rotated by the console: due.
        { ...account, userId: user("never") },
        // Past its 30 days: due.
        {
          ...account,
          userId: user("old"),
          tokenIssuedAt: before(31 * DAY_MS),
          lastRotationOk: true,
        },
        // Young, but its last rotation failed: due, and failed.
        {
          ...account,
          userId: user("failed"),
          tokenIssuedAt: before(DAY_MS),
          lastRotationOk: false,
        },
        // 29 days into 30: not due yet.
        {
          ...account,
          userId: user("fresh"),
          tokenIssuedAt: before(29 * DAY_MS),
          lastRotationOk: true,
        },
      ],
    });
    const pending = { userId: user("fresh") };
    await db.pendingRevocation.createMany({
      data: [
        { ...pending, deviceId: "OVERDUE", revokeAfter: before(2 * 60_000) },
        // Due, but still inside the minute the worker's tick has to end it.
        { ...pending, deviceId: "DUE", revokeAfter: before(30_000) },
        { ...pending, deviceId: "LATER", revokeAfter: before(-3_600_000) },
        { ...pending, deviceId: "DONE", revokeAfter: before(3_600_000), revokedAt: before(60_000) },
      ],
    });

    const end = await countTokenAttention(now);
    expect({
      due: end.due - start.due,
      failed: end.failed - start.failed,
      overdueRevocations: end.overdueRevocations - start.overdueRevocations,
    }).toEqual({ due: 3, failed: 1, overdueRevocations: 1 });
  });
});
