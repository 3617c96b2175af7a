import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { savePolicyVersion } = await import("./save-policy-version");
const { importPolicy } = await import("./import-policy");
const { restorePolicyVersion } = await import("./restore-policy-version");
const { makePolicyPlan } = await import("./make-policy-plan");
const { applyPolicyPlan } = await import("./apply-policy-plan");
const { getHomeserverOrThrow } = await import("@/lib/homeserver/get-homeserver");
const { latestVersion } = await import("@/lib/policy/versions");
const { db } = await import("@/lib/db");

const { serverName } = await getHomeserverOrThrow();
const tag = () => randomBytes(4).toString("hex");
const as = (role: "viewer" | "operator" | "admin") => async () => ({
  matrixId: `@policy-${role}:${serverName}`,
  role,
});

/** A valid policy, unique by its stamp, with a passthrough password that must never be audited. */
const policyText = (stamp = tag()) =>
  JSON.stringify(
    {
      schemaVersion: 2,
      identificationStamp: stamp,
      users: [
        {
          id: `@policy-user-${stamp}:${serverName}`,
          active: true,
          authType: "passthrough",
          authCredential: `secret-${stamp}`,
        },
      ],
    },
    null,
    2,
  );

const policyAudit = () =>
  db.auditEntry.count({ where: { targetType: "console", targetId: "policy" } });

describe("saving, importing and restoring policy versions", () => {
  it("refuses a document with an error by its line and column, and writes nothing at all", async () => {
    const before = { versions: await db.policyVersion.count(), audit: await policyAudit() };
    // Line 3, column 13: "yes" is not a boolean.
    const text =
      '{\n  "schemaVersion": 2,\n  "users": [{ "id": "@x:' +
      serverName +
      '", "active": "yes" }]\n}\n';
    for (const [definition, input] of [
      [savePolicyVersion.definition, { content: text, message: "broken" }],
      [importPolicy.definition, { content: text, fileName: "broken.json" }],
    ] as const) {
      const result = await runAction(definition as never, input as never, as("operator"));
      expect(result).toMatchObject({ ok: false });
      expect(!result.ok && result.error).toMatch(
        /^Nothing was saved: line 3, column \d+: .*active/,
      );
    }
    const syntax = await runAction(
      savePolicyVersion.definition,
      { content: '{\n  "schemaVersion": 2,\n  "users": [\n}', message: "syntax" },
      as("operator"),
    );
    expect(!syntax.ok && syntax.error).toMatch(/^Nothing was saved: line 4, column 1: /);
    expect(await db.policyVersion.count()).toBe(before.versions);
    expect(await policyAudit()).toBe(before.audit);
  });

  it("saves a valid document as the next version, audited without its content", async () => {
    const stamp = tag();
    const text = policyText(stamp);
    const result = await runAction(
      savePolicyVersion.definition,
      { content: text, message: `Add ${stamp}` },
      as("operator"),
    );
    expect(result).toMatchObject({ ok: true, data: { created: true } });
    const latest = await latestVersion();
    expect(latest).toMatchObject({
      content: text,
      message: `Add ${stamp}`,
      origin: "editor",
      author: `@policy-operator:${serverName}`,
      // The rights a reconcile may apply it with (lib/policy/policy-rights.ts).
      authorRole: "operator",
    });
    const entry = await db.auditEntry.findFirst({
      where: { action: "policy.save", targetId: "policy" },
      orderBy: { id: "desc" },
      include: { outcome: true },
    });
    expect(entry).toMatchObject({
      actorId: `@policy-operator:${serverName}`,
      input: { message: `Add ${stamp}`, origin: "editor", contentHash: latest?.contentHash },
      outcome: { outcome: "success" },
    });
    expect(JSON.stringify(entry?.input)).not.toContain(`secret-${stamp}`);

    const again = await runAction(
      savePolicyVersion.definition,
      { content: text, message: "no change" },
      as("operator"),
    );
    expect(again).toMatchObject({ ok: true, data: { created: false, number: latest?.number } });
  });

  it("imports a file with its name in the message, and restores an old version as a new one", async () => {
    const first = policyText();
    const imported = await runAction(
      importPolicy.definition,
      { content: first, fileName: "corporal.json" },
      as("operator"),
    );
    expect(imported).toMatchObject({ ok: true, data: { created: true } });
    expect(await latestVersion()).toMatchObject({
      origin: "import",
      message: "Imported corporal.json",
    });
    const old = imported.ok ? imported.data : null;

    await runAction(
      savePolicyVersion.definition,
      { content: policyText(), message: "later" },
      as("operator"),
    );
    const restored = await runAction(
      restorePolicyVersion.definition,
      { versionId: old?.versionId ?? "" },
      as("operator"),
    );
    expect(restored).toMatchObject({
      ok: true,
      data: { created: true, number: (old?.number ?? 0) + 2 },
    });
    expect(await latestVersion()).toMatchObject({
      content: first,
      origin: "restore",
      message: `Restored version ${old?.number}`,
    });
    const missing = await runAction(
      restorePolicyVersion.definition,
      { versionId: "00000000-0000-4000-8000-000000000000" },
      as("operator"),
    );
    expect(missing).toEqual({
      ok: false,
      error: "There is no such policy version; reload the page.",
      requestId: expect.any(String),
    });
  });

  it("lets viewers change nothing and only admins apply", async () => {
    const version = await latestVersion();
    const refusals = await Promise.all([
      runAction(
        savePolicyVersion.definition,
        { content: policyText(), message: "x" },
        as("viewer"),
      ),
      runAction(
        importPolicy.definition,
        { content: policyText(), fileName: "x.json" },
        as("viewer"),
      ),
      runAction(restorePolicyVersion.definition, { versionId: version?.id ?? "" }, as("viewer")),
      runAction(makePolicyPlan.definition, { versionId: version?.id ?? "" }, as("viewer")),
    ]);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({
        ok: false,
        error: "This needs the operator role; you are viewer.",
      });
    }
    const apply = await runAction(
      applyPolicyPlan.definition,
      { planId: "00000000-0000-4000-8000-000000000000" },
      as("operator"),
    );
    expect(apply).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
  });
});
