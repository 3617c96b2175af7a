import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { registerTestUser, prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAudited } = await import("./run-audited");
const { db } = await import("@/lib/db");

async function entryWithOutcome(requestId: string) {
  return db.auditEntry.findUnique({ where: { requestId }, include: { outcome: true } });
}

describe("runAudited against PostgreSQL and Synapse", () => {
  let admin: Awaited<ReturnType<typeof registerTestUser>>;
  beforeAll(async () => {
    admin = await registerTestUser("audit-admin", true);
  });

  it("writes the entry before the change and the outcome after it, with secrets redacted", async () => {
    const target = await registerTestUser("audit-target");
    const requestId = randomUUID();
    let entryExistedDuringWork = false;
    await runAudited(
      {
        actor: { id: admin.id, role: "admin" },
        action: "user.set_displayname",
        target: { type: "user", id: target.id },
        input: { userId: target.id, displayName: "Audited", password: "never-stored" },
        requestId,
      },
      async () => {
        entryExistedDuringWork = (await entryWithOutcome(requestId)) !== null;
        await admin.client.users.update(target.id, { displayname: "Audited" });
        return { changed: target.id, access_token: "never-stored-either" };
      },
    );
    expect(entryExistedDuringWork).toBe(true);
    const entry = await entryWithOutcome(requestId);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "user.set_displayname",
      targetId: target.id,
      input: { userId: target.id, displayName: "Audited", password: "[redacted]" },
      outcome: {
        outcome: "success",
        result: { changed: target.id, access_token: "[redacted]" },
      },
    });
    expect((await admin.client.users.get(target.id)).displayname).toBe("Audited");
  });

  it("records a Synapse failure with its errcode and rethrows it", async () => {
    const requestId = randomUUID();
    const nobody = `@nobody-${Date.now()}:localhost`;
    await expect(
      runAudited({ actor: { id: admin.id }, action: "user.read", input: {}, requestId }, () =>
        admin.client.users.get(nobody),
      ),
    ).rejects.toMatchObject({ kind: "not_found" });
    expect(await entryWithOutcome(requestId)).toMatchObject({
      outcome: { outcome: "failure", errorCode: "M_NOT_FOUND" },
    });
  });

  // The app connects as the app role, which holds no UPDATE or DELETE on the audit tables; the
  // triggers behind that are tested as the owner in prisma/audit-append-only.int.test.ts.
  it("the database refuses the app any change or removal of an audit entry", async () => {
    const requestId = randomUUID();
    await runAudited(
      { actor: { id: admin.id }, action: "test.noop", requestId },
      async () => undefined,
    );
    await expect(
      db.auditEntry.update({ where: { requestId }, data: { actorId: "@someone-else:localhost" } }),
    ).rejects.toThrow(/permission denied/);
    await expect(db.auditEntry.delete({ where: { requestId } })).rejects.toThrow(
      /permission denied/,
    );
    expect((await entryWithOutcome(requestId))?.actorId).toBe(admin.id);
  });
});
