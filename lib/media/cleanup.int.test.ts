// The Media page's clean-ups and statistics on the real test Synapse: media uploaded by a test user
// through the client API, deleted by date and size (avatars kept or not) and checked gone through
// the admin API; the remote cache purge on a server that caches none; the job run's steps, result
// and audit entries; the statistics Synapse gives the page.
import { randomBytes } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import { isSynapseError } from "@/lib/synapse";
import { uploadMedia } from "@/lib/synapse/media";
import { synapsePath } from "@/lib/synapse/path";
import {
  adminTestClient,
  registerTestUser,
  testHttp,
  type TestUser,
} from "@/lib/synapse/testing/synapse-fixture";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { runAction } = await import("@/lib/actions/define-action");
const { runMediaCleanup: startCleanup } = await import("@/lib/actions/run-media-cleanup");
const { startJobEngine } = await import("@/lib/jobs/engine");
const { mediaCleanupKind } = await import("@/lib/jobs/kinds/media-cleanup");
const { runMediaCleanup } = await import("./cleanup-run");
const { countLocalMediaUploadedBefore } = await import("./cleanup-estimate");
const { createTestRun, testRunContext, itemsOf } = await import("@/lib/devices/testing/test-run");
const { describeRunResult } = await import("@/components/jobs/run-detail/describe-run-result");

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Bigger than anything other tests upload, so a clean-up above this size touches only ours. */
const BIG = 6_000_000;
const SIZE_GT = 5_000_000;

async function upload(user: TestUser, bytes: number): Promise<string> {
  const http = testHttp({ getToken: async () => user.token });
  const uri = await uploadMedia(http, {
    bytes: new Uint8Array(randomBytes(bytes)),
    contentType: "application/octet-stream",
    fileName: `cleanup-${bytes}.bin`,
  });
  return uri.slice("mxc://localhost/".length);
}

/** Whether Synapse still knows the local medium, asked through the admin API. */
async function exists(adminToken: string, mediaId: string): Promise<boolean> {
  try {
    await testHttp().request(z.looseObject({}), {
      path: synapsePath`/_synapse/admin/v1/media/localhost/${mediaId}`,
      auth: { token: adminToken },
    });
    return true;
  } catch (error) {
    if (isSynapseError(error, "not_found")) return false;
    throw error;
  }
}

const userMediaSchema = z.looseObject({ media: z.array(z.looseObject({ media_id: z.string() })) });
async function mediaOf(adminToken: string, userId: string): Promise<string[]> {
  const { media } = await testHttp().request(userMediaSchema, {
    path: synapsePath`/_synapse/admin/v1/users/${userId}/media`,
    auth: { token: adminToken },
  });
  return media.map((medium) => medium.media_id);
}

/** Old and new, big and small media of one fresh user, with the moment between them. */
async function seedMedia() {
  const user = await registerTestUser({ admin: false, prefix: "cleanup" });
  const oldBig = await upload(user, BIG);
  const oldSmall = await upload(user, 10_000);
  await delay(50);
  const boundary = Date.now();
  await delay(50);
  const newBig = await upload(user, BIG);
  return { user, oldBig, oldSmall, newBig, boundary };
}

describe("Synapse's clean-up calls", () => {
  it("deletes local media last used before the date and larger than the size, and nothing else", async () => {
    const { admin, client } = await adminTestClient();
    const { user, oldBig, oldSmall, newBig, boundary } = await seedMedia();

    const deleted = await client.mediaCleanup.deleteLocal({
      beforeTs: boundary,
      sizeGt: SIZE_GT,
      keepProfiles: true,
    });
    expect(deleted.deleted_media).toContain(oldBig);
    expect(deleted.deleted_media).not.toContain(oldSmall);
    expect(deleted.deleted_media).not.toContain(newBig);
    expect(deleted.total).toBe(deleted.deleted_media.length);

    expect(await exists(admin.token, oldBig)).toBe(false);
    expect(await exists(admin.token, oldSmall)).toBe(true);
    expect(await exists(admin.token, newBig)).toBe(true);
    expect((await mediaOf(admin.token, user.userId)).sort()).toEqual([newBig, oldSmall].sort());
  });

  it("keeps a user's avatar when asked to, and deletes it when not", async () => {
    const { admin, client } = await adminTestClient();
    const user = await registerTestUser({ admin: false, prefix: "cleanup-avatar" });
    const avatar = await upload(user, BIG);
    await client.users.update(user.userId, { avatar_url: `mxc://localhost/${avatar}` });
    await delay(50);
    const boundary = Date.now();

    const kept = await client.mediaCleanup.deleteLocal({
      beforeTs: boundary,
      sizeGt: SIZE_GT,
      keepProfiles: true,
    });
    expect(kept.deleted_media).not.toContain(avatar);
    expect(await exists(admin.token, avatar)).toBe(true);

    const gone = await client.mediaCleanup.deleteLocal({
      beforeTs: boundary,
      sizeGt: SIZE_GT,
      keepProfiles: false,
    });
    expect(gone.deleted_media).toContain(avatar);
    expect(await exists(admin.token, avatar)).toBe(false);
  });

  it("purges nothing from the remote cache of a server that has talked to no other", async () => {
    const { client } = await adminTestClient();
    expect(await client.mediaCleanup.purgeRemoteCache(Date.now())).toBe(0);
  });

  it("turns Synapse's refusal of a date in 1970 into an error, deleting nothing", async () => {
    const { client } = await adminTestClient();
    const refused = await client.mediaCleanup
      .deleteLocal({ beforeTs: 1_000, sizeGt: 0, keepProfiles: true })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: "bad_request", errcode: "M_INVALID_PARAM" });
  });
});

describe("the statistics the Media page shows", () => {
  it("counts a user's uploads and their size, filtered by name and by upload time", async () => {
    const { client } = await adminTestClient();
    const { user, boundary } = await seedMedia();
    const all = await client.statistics.usersMedia({ search_term: user.localpart });
    expect(all.total).toBe(1);
    expect(all.users[0]).toMatchObject({
      user_id: user.userId,
      media_count: 3,
      media_length: 2 * BIG + 10_000,
    });
    const before = await client.statistics.usersMedia({
      search_term: user.localpart,
      until_ts: boundary,
    });
    expect(before.users[0]).toMatchObject({ media_count: 2, media_length: BIG + 10_000 });
    const after = await client.statistics.usersMedia({
      search_term: user.localpart,
      from_ts: boundary,
    });
    expect(after.users[0]).toMatchObject({ media_count: 1, media_length: BIG });

    // The dry run's ceiling counts this user's two older uploads among everyone's.
    const ceiling = await countLocalMediaUploadedBefore(client, boundary);
    expect(ceiling.complete).toBe(true);
    expect(ceiling.media).toBeGreaterThanOrEqual(2);
    expect(ceiling.bytes).toBeGreaterThanOrEqual(BIG + 10_000);
  });

  it("pages users by size, largest first, with Synapse's next token", async () => {
    const { client } = await adminTestClient();
    await seedMedia();
    const first = await client.statistics.usersMedia({
      limit: 1,
      order_by: "media_length",
      dir: "b",
    });
    expect(first.users).toHaveLength(1);
    expect(first.total).toBeGreaterThanOrEqual(1);
    if (first.total > 1) {
      expect(first.next_token).toBe(1);
      const second = await client.statistics.usersMedia({
        from: 1,
        limit: 1,
        order_by: "media_length",
        dir: "b",
      });
      expect(second.users[0]!.media_length).toBeLessThanOrEqual(first.users[0]!.media_length);
    }
  });

  it("is told by Synapse on SQLite that the largest rooms need PostgreSQL", async () => {
    const { client } = await adminTestClient();
    const refused = await client.statistics.largestRooms().catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: "bad_request" });
    expect((refused as { synapseMessage?: string }).synapseMessage).toMatch(/PostgreSQL/);
  });
});

describe("the media_cleanup job", () => {
  it("counts, deletes and counts again, each step an item, the delete audited with its IDs", async () => {
    const { admin, client } = await adminTestClient();
    const { oldBig, oldSmall, newBig, boundary } = await seedMedia();
    // One day back from a day after the boundary: the cut-off is the boundary itself.
    const params = {
      target: "local" as const,
      olderThanDays: 1,
      largerThanBytes: SIZE_GT,
      keepProfiles: true,
    };
    const runId = await createTestRun("media_cleanup", params, "@cleanup-admin:localhost");
    const context = testRunContext(runId, { requestedBy: "@cleanup-admin:localhost" });
    const summary = await runMediaCleanup(client, params, context, boundary + 86_400_000);
    expect(summary.deleted).toBeGreaterThanOrEqual(1);
    expect(await exists(admin.token, oldBig)).toBe(false);
    expect(await exists(admin.token, oldSmall)).toBe(true);
    expect(await exists(admin.token, newBig)).toBe(true);

    const items = await itemsOf(runId);
    expect(items.map((item) => item.key)).toEqual(["1 count before", "2 delete", "3 count after"]);
    expect(items.every((item) => item.ok)).toBe(true);
    const deleteItem = items[1]!.detail as { deleted: number; mediaIds: string[] };
    expect(deleteItem.deleted).toBe(summary.deleted);
    expect(deleteItem.mediaIds).toContain(oldBig);
    expect(summary.before!.media - summary.after!.media).toBeGreaterThanOrEqual(1);

    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "media.delete_local", actorId: `job:${runId}` },
      include: { outcome: true },
    });
    expect(entry).toMatchObject({ actorId: context.actorId, targetType: "homeserver" });
    expect(entry.input).toMatchObject({ largerThanBytes: SIZE_GT, keepProfiles: true });
    expect(entry.outcome).toMatchObject({
      outcome: "success",
      result: { deleted: summary.deleted, mediaIds: expect.arrayContaining([oldBig]) },
    });

    const words = describeRunResult("media_cleanup", JSON.parse(JSON.stringify(summary)), params);
    expect(words).toMatchObject({
      shape: "sentence",
      headline: expect.stringMatching(/^Deleted \d+ local files? /),
    });
  });
});

async function waitForRun(runId: string, ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    if (!["queued", "running"].includes(run.status)) return run;
    if (Date.now() > until) throw new Error(`run ${runId} stayed ${run.status}`);
    await delay(100);
  }
}

describe("starting a clean-up from the Media page", () => {
  it("is refused to an operator and, for an admin, runs the purge as a job to its audited result", async () => {
    const engine = await startJobEngine({
      kinds: { media_cleanup: mediaCleanupKind },
      schedule: false,
      concurrency: 1,
      log: () => undefined,
    });
    cleanups.push(() => engine.stop());
    const tag = randomBytes(4).toString("hex");
    const operator = async () => ({
      matrixId: `@mc-op-${tag}:localhost`,
      role: "operator" as const,
    });
    const admin = async () => ({ matrixId: `@mc-admin-${tag}:localhost`, role: "admin" as const });
    const params = { target: "remote_cache" as const, olderThanDays: 30 };

    const refused = await runAction(startCleanup.definition, params, operator);
    expect(refused).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    const bad = await runAction(
      startCleanup.definition,
      { target: "remote_cache", olderThanDays: 30, before: "2026-01-01" },
      admin,
    );
    expect(bad).toMatchObject({ ok: false });

    const started = await runAction(startCleanup.definition, params, admin);
    if (!started.ok) throw new Error(started.error);
    const run = await waitForRun(started.data.runId);
    expect(run).toMatchObject({
      kind: "media_cleanup",
      status: "succeeded",
      requestedBy: `@mc-admin-${tag}:localhost`,
      total: 1,
      done: 1,
      failed: 0,
      summary: { target: "remote_cache", deleted: 0 },
    });
    expect(describeRunResult("media_cleanup", run.summary, run.params)).toMatchObject({
      headline: expect.stringMatching(/^Purged 0 cached remote files not used since /),
    });

    const startEntry = await db.auditEntry.findFirstOrThrow({
      where: { action: "job.run_media_cleanup", actorId: `@mc-admin-${tag}:localhost` },
      include: { outcome: true },
    });
    expect(startEntry.outcome).toMatchObject({ outcome: "success", result: { runId: run.id } });
    const purgeEntry = await db.auditEntry.findFirstOrThrow({
      where: { action: "media.purge_remote_cache", jobRunId: run.id },
      include: { outcome: true },
    });
    expect(purgeEntry.input).toMatchObject({ requestedBy: `@mc-admin-${tag}:localhost` });
    expect(purgeEntry.outcome).toMatchObject({ outcome: "success", result: { deleted: 0 } });
  });
});
