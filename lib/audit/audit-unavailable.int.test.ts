import { describe, expect, it } from "vitest";
import { registerTestUser, prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();
// This file's modules see a database nobody listens on: every audit write fails.
process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";

const { AuditWriteError, runAudited } = await import("./run-audited");

describe("when the audit log cannot be written", () => {
  it("the change never reaches Synapse", async () => {
    const admin = await registerTestUser("audit-down-admin", true);
    const target = await registerTestUser("audit-down-target");
    let workRan = false;
    await expect(
      runAudited(
        {
          actor: { id: admin.id },
          action: "user.set_displayname",
          target: { type: "user", id: target.id },
        },
        async () => {
          workRan = true;
          await admin.client.users.update(target.id, { displayname: "Should not happen" });
        },
      ),
    ).rejects.toBeInstanceOf(AuditWriteError);
    expect(workRan).toBe(false);
    expect((await admin.client.users.get(target.id)).displayname).not.toBe("Should not happen");
  });
});
