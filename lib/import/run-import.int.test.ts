// An import of users against the real Synapse, through the actions and the job engine: the dry
// run's verdict per row (nothing changed), the import creating, updating and joining exactly what
// it said, each change audited with the job as actor, generated passwords that log in and are
// given once, the file's passwords forgotten and never audited, and the "stop" mode refusing.
import { randomBytes } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { loginWithPassword } from "@/lib/synapse/session";
import {
  adminTestClient,
  createTestRoom,
  registerTestUser,
  testHttp,
} from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import type { ImportMapping } from "./import-mapping";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { runAction } = await import("@/lib/actions/define-action");
const { previewImport } = await import("@/lib/actions/preview-import");
const { startImportDryRunAction } = await import("@/lib/actions/start-import-dry-run");
const { confirmImportAction } = await import("@/lib/actions/confirm-import");
const { takeImportPasswords } = await import("@/lib/actions/take-import-passwords");
const { startJobEngine } = await import("@/lib/jobs/engine");
const { userImportKind } = await import("@/lib/jobs/kinds/user-import");
const { getImportView, findImportRows } = await import("./import-view");
const { IMPORT_FIELDS } = await import("./import-mapping");
const { savePolicyVersion } = await import("@/lib/actions/save-policy-version");
const { latestVersion } = await import("@/lib/policy/versions");

const engine = await startJobEngine({
  kinds: { user_import: userImportKind },
  schedule: false,
  concurrency: 1,
  log: () => undefined,
});
afterAll(() => engine.stop());

const tag = randomBytes(3).toString("hex");
const operatorId = `@import-op-${tag}:localhost`;
const operator = async () => ({ matrixId: operatorId, role: "operator" as const });
// The run acts with the importer's role as the console holds it now, so they must hold one.
await db.roleGrant.create({
  data: {
    matrixId: operatorId,
    role: "operator",
    source: "console",
    grantedBy: "@import-test:localhost",
  },
});

async function finished(runId: string) {
  const until = Date.now() + 60_000;
  for (;;) {
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    if (!["queued", "running"].includes(run.status)) return run;
    if (Date.now() > until) throw new Error(`run ${runId} stayed ${run.status}`);
    await delay(100);
  }
}

async function publicRoom(token: string, alias: string) {
  const { room_id } = await testHttp().request(z.looseObject({ room_id: z.string() }), {
    method: "POST",
    path: "/_matrix/client/v3/createRoom",
    auth: { token },
    body: { preset: "public_chat", room_alias_name: alias, name: alias },
  });
  return room_id;
}

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.data;
};

/** A mapping with only the named columns; every other field is in no column. */
const columns = (named: Partial<ImportMapping>): ImportMapping =>
  ({
    ...Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])),
    ...named,
  }) as ImportMapping;

/** Stores a CSV import and starts its dry run, as the import form does. */
async function startDryRun(
  fileName: string,
  text: string,
  mapping: ImportMapping,
  conflictMode: "stop" | "skip" | "update",
  actor: typeof operator = operator,
) {
  return ok(
    await runAction(
      startImportDryRunAction.definition,
      { fileName, format: "csv", text, mapping, conflictMode },
      actor,
    ),
  );
}

describe("importing users from a file", () => {
  it("dry-runs, then creates, updates and joins exactly what the dry run said, audited", async () => {
    const { admin, client } = await adminTestClient();
    const roomAlias = `import-room-${tag}`;
    const roomId = await publicRoom(admin.token, roomAlias);
    const existing = await registerTestUser({ admin: false, prefix: `imp-old-${tag}` });
    await client.users.update(existing.userId, { displayname: "Old Name" });
    const same = await registerTestUser({ admin: false, prefix: `imp-same-${tag}` });
    await client.users.update(same.userId, { displayname: "Same Name" });
    const given = `given-${randomBytes(8).toString("hex")}`;
    const text = [
      "user,display name,email,password,rooms",
      `imp-new-${tag},New Person,new-${tag}@example.org,,#${roomAlias}:localhost`,
      `imp-pw-${tag},Given Password,,${given},`,
      `${existing.userId},New Name,,,#${roomAlias}:localhost`,
      `${same.userId},Same Name,,,`,
      `@someone:elsewhere.org,Other Server,,,`,
      `imp-room-${tag},No Room,,,#missing-${tag}:localhost`,
    ].join("\n");

    const preview = ok(
      await runAction(
        previewImport.definition,
        { fileName: "staff.csv", format: "csv", text },
        operator,
      ),
    );
    expect(preview.rows).toBe(6);
    expect(preview.mapping).toMatchObject({
      user: 0,
      displayName: 1,
      email: 2,
      password: 3,
      rooms: 4,
    });

    const started = await startDryRun("staff.csv", text, preview.mapping, "update");
    expect(await finished(started.dryRunId)).toMatchObject({ status: "succeeded", total: 6 });
    const dry = (await getImportView(started.importId))!;
    expect(dry.dryRun?.verdicts).toEqual({ create: 2, update: 1, unchanged: 1, invalid: 2 });
    const dryRows = await findImportRows(started.dryRunId, { page: 1 });
    expect(dryRows.rows.map((row) => [row.outcome, row.reason])).toEqual([
      ["create", "with a generated password; joins 1 room"],
      ["create", "with the file's password"],
      ["update", "display name “Old Name” → “New Name”; joins 1 room"],
      ["unchanged", "already as the file says"],
      ["invalid", "@someone:elsewhere.org is on another server; import users of localhost only"],
      ["invalid", `the room #missing-${tag}:localhost does not exist`],
    ]);
    // The dry run changed nothing.
    expect(await client.users.isNameAvailable(`imp-new-${tag}`)).toBe(true);
    expect((await client.users.get(existing.userId)).displayname).toBe("Old Name");

    const someoneElse = async () => ({
      matrixId: `@import-other-${tag}:localhost`,
      role: "admin" as const,
    });
    expect(
      await runAction(confirmImportAction.definition, { importId: started.importId }, someoneElse),
    ).toMatchObject({
      ok: false,
      error: `Only ${operatorId}, who started this import, may start it.`,
    });
    const confirmed = ok(
      await runAction(confirmImportAction.definition, { importId: started.importId }, operator),
    );
    const run = await finished(confirmed.runId);
    expect(run).toMatchObject({ status: "succeeded", total: 6, done: 4, failed: 2 });
    expect(run.summary).toEqual({
      dryRun: false,
      rows: 6,
      create: 2,
      update: 1,
      unchanged: 1,
      invalid: 2,
    });

    const created = await client.users.get(`@imp-new-${tag}:localhost`);
    expect(created).toMatchObject({ displayname: "New Person", admin: false });
    expect(created.threepids).toEqual([
      expect.objectContaining({ medium: "email", address: `new-${tag}@example.org` }),
    ]);
    expect(await client.users.joinedRooms(`@imp-new-${tag}:localhost`)).toContain(roomId);
    expect((await client.users.get(existing.userId)).displayname).toBe("New Name");
    expect(await client.users.joinedRooms(existing.userId)).toContain(roomId);
    const login = await loginWithPassword(testHttp(), { user: `imp-pw-${tag}`, password: given });
    expect(login.user_id).toBe(`@imp-pw-${tag}:localhost`);

    // Each change audited with the job as actor; no password anywhere in the log.
    const entries = await db.auditEntry.findMany({
      where: { jobRunId: run.id },
      include: { outcome: true },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.targetId]).sort()).toEqual(
      [
        ["user.create", `@imp-new-${tag}:localhost`],
        ["user.create", `@imp-pw-${tag}:localhost`],
        ["user.import_update", existing.userId],
        ["user.join_room", `@imp-new-${tag}:localhost`],
        ["user.join_room", existing.userId],
      ].sort(),
    );
    expect(entries.every((entry) => entry.outcome?.outcome === "success")).toBe(true);
    const update = entries.find((entry) => entry.action === "user.import_update");
    expect(update?.outcome?.changes).toEqual([
      { field: "displayname", from: "Old Name", to: "New Name" },
    ]);
    expect(
      JSON.stringify(entries, (_, value: unknown) =>
        typeof value === "bigint" ? String(value) : value,
      ),
    ).not.toContain(given);
    expect(
      await db.userImportSecret.count({ where: { importId: started.importId, generated: false } }),
    ).toBe(0);

    // The generated password: to its importer only, once, and it logs in.
    const other = async () => ({
      matrixId: `@import-other-${tag}:localhost`,
      role: "admin" as const,
    });
    expect(
      await runAction(takeImportPasswords.definition, { importId: started.importId }, other),
    ).toMatchObject({ ok: false, error: expect.stringContaining("who started this import") });
    const taken = ok(
      await runAction(takeImportPasswords.definition, { importId: started.importId }, operator),
    );
    expect(taken.passwords).toHaveLength(1);
    expect(taken.passwords[0]).toMatchObject({ userId: `@imp-new-${tag}:localhost` });
    const generated = taken.passwords[0]!.password;
    const generatedLogin = await loginWithPassword(testHttp(), {
      user: `imp-new-${tag}`,
      password: generated,
    });
    expect(generatedLogin.user_id).toBe(`@imp-new-${tag}:localhost`);
    expect(
      await runAction(takeImportPasswords.definition, { importId: started.importId }, operator),
    ).toMatchObject({ ok: false, error: expect.stringContaining("shown only once") });
    const takeEntry = await db.auditEntry.findFirstOrThrow({
      where: { action: "user.import_passwords", actorId: operatorId },
      include: { outcome: true },
    });
    expect(takeEntry.outcome?.result).toEqual({ passwords: 1 });
    expect(JSON.stringify([takeEntry.input, takeEntry.outcome?.result])).not.toContain(generated);

    // Confirming twice starts nothing more.
    expect(
      await runAction(confirmImportAction.definition, { importId: started.importId }, operator),
    ).toMatchObject({ ok: false, error: "This import has already started." });
  });

  it("refuses to start in the stop mode while a row is in conflict, and refuses a broken file", async () => {
    const { client } = await adminTestClient();
    const existing = await registerTestUser({ admin: false, prefix: `imp-stop-${tag}` });
    await client.users.update(existing.userId, { displayname: "Before" });
    const text = `user,name\n${existing.userId},After\nimp-stop-new-${tag},Someone`;
    const mapping = columns({ user: 0, displayName: 1 });
    const started = await startDryRun("stop.csv", text, mapping, "stop");
    await finished(started.dryRunId);
    expect((await getImportView(started.importId))?.dryRun?.verdicts).toEqual({
      create: 1,
      conflict: 1,
    });
    expect(
      await runAction(confirmImportAction.definition, { importId: started.importId }, operator),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('in conflict and the mode is "stop"'),
    });
    expect(await client.users.isNameAvailable(`imp-stop-new-${tag}`)).toBe(true);

    const broken = await runAction(
      previewImport.definition,
      { fileName: "broken.csv", format: "csv", text: 'user,name\n"alice,Alice' },
      operator,
    );
    expect(broken).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The CSV cannot be read: /),
    });
    const plain = ok(
      await runAction(
        previewImport.definition,
        {
          fileName: "staff.txt",
          format: "plain",
          text: "Ann Lee ann@example.org ann s3cret-pass\n\nBo Li bo@example.org bo",
        },
        operator,
      ),
    );
    expect(plain).toMatchObject({
      rows: 2,
      mapping: { firstName: 0, lastName: 1, email: 2, user: 3, password: 4 },
    });
    const viewer = async () => ({
      matrixId: `@import-viewer-${tag}:localhost`,
      role: "viewer" as const,
    });
    expect(
      await runAction(
        previewImport.definition,
        { fileName: "", format: "csv", text: "user\nx" },
        viewer,
      ),
    ).toMatchObject({ ok: false, error: "This needs the operator role; you are viewer." });
  });

  it("writes the accounts it creates and the policy users it changes into the policy, as a new version", async () => {
    const { client } = await adminTestClient();
    const inPolicy = await registerTestUser({ admin: false, prefix: `imp-pol-${tag}` });
    const outside = await registerTestUser({ admin: false, prefix: `imp-out-${tag}` });
    const policy = {
      schemaVersion: 2,
      users: [{ id: inPolicy.userId, active: true, displayName: "Policy Name" }],
    };
    ok(
      await runAction(
        savePolicyVersion.definition,
        { content: JSON.stringify(policy, null, 2), message: "before the import" },
        operator,
      ),
    );
    const before = (await latestVersion())!;
    const text = [
      "user,name",
      `imp-pol-new-${tag},Fresh`,
      `${inPolicy.userId},Renamed In File`,
      `${outside.userId},Outside Renamed`,
    ].join("\n");
    const mapping = columns({ user: 0, displayName: 1 });
    const started = await startDryRun("policy.csv", text, mapping, "update");
    await finished(started.dryRunId);
    const confirmed = ok(
      await runAction(confirmImportAction.definition, { importId: started.importId }, operator),
    );
    expect(confirmed.policyVersion).toBe(before.number + 1);
    await finished(confirmed.runId);

    const after = (await latestVersion())!;
    expect(after).toMatchObject({
      author: operatorId,
      origin: "user_import",
      message: "Import of policy.csv: 1 users added, 1 changed",
    });
    expect(JSON.parse(after.content).users).toEqual([
      { id: inPolicy.userId, active: true, displayName: "Renamed In File" },
      { id: `@imp-pol-new-${tag}:localhost`, active: true, displayName: "Fresh" },
    ]);
    // The accounts changed as the policy now says; the one outside the policy changed too, and stays out.
    expect((await client.users.get(inPolicy.userId)).displayname).toBe("Renamed In File");
    expect((await client.users.get(outside.userId)).displayname).toBe("Outside Renamed");
    const save = await db.auditEntry.findFirstOrThrow({
      where: {
        action: "policy.save",
        actorId: operatorId,
        input: { path: ["origin"], equals: "user_import" },
      },
      // The latest: an earlier import by the same operator saved one too when a policy was there.
      orderBy: { id: "desc" },
      include: { outcome: true },
    });
    expect(save.outcome).toMatchObject({
      outcome: "success",
      result: { number: after.number, created: true },
    });
  });

  it("lets an operator join new accounts to public rooms only, and a demoted importer start nothing", async () => {
    const { admin } = await adminTestClient();
    const privateRoom = await createTestRoom(admin.token, `import-private-${tag}`);
    const text = `user,rooms\nimp-priv-${tag},${privateRoom}`;
    const mapping = columns({ user: 0, rooms: 1 });
    const started = await startDryRun("private.csv", text, mapping, "skip");
    await finished(started.dryRunId);
    const [refused] = (await findImportRows(started.dryRunId, { page: 1 })).rows;
    expect(refused).toMatchObject({
      outcome: "invalid",
      reason: `@imp-priv-${tag}:localhost cannot be joined to ${privateRoom} by an operator: the room is not public (join rule invite); joining people to private rooms needs the admin role.`,
    });

    // Someone whose role is gone since the dry run: the run refuses to act for them.
    const gone = `@import-gone-${tag}:localhost`;
    const goneActor = async () => ({ matrixId: gone, role: "operator" as const });
    const second = await startDryRun(
      "gone.csv",
      `user\nimp-gone-${tag}`,
      columns({ user: 0 }),
      "skip",
      goneActor,
    );
    expect(await finished(second.dryRunId)).toMatchObject({
      status: "failed",
      error: `${gone}, who started this import, no longer has the operator role.`,
    });
  });
});
