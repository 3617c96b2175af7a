// From → to against the real Synapse and PostgreSQL: each action that changes a value records it
// as it was just before and as it is after, on its audit outcome. Each row sets up a known before
// value first, runs the action as a person (or a job) would, and checks the changes exactly.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ActionDefinition } from "@/lib/actions/define-action";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("@/lib/actions/define-action");
const { updateDisplayName } = await import("@/lib/actions/update-display-name");
const { updateUserProfile } = await import("@/lib/actions/update-user-profile");
const { setServerAdmin } = await import("@/lib/actions/set-server-admin");
const { setUserLocked } = await import("@/lib/actions/set-user-locked");
const { setUserSuspended } = await import("@/lib/actions/set-user-suspended");
const { setUserShadowBanned } = await import("@/lib/actions/set-user-shadow-banned");
const { deactivateUser } = await import("@/lib/actions/deactivate-user");
const { reactivateUser } = await import("@/lib/actions/reactivate-user");
const { setRateLimit } = await import("@/lib/actions/set-rate-limit");
const { clearRateLimit } = await import("@/lib/actions/clear-rate-limit");
const { makeConsoleRoomAdmin } = await import("@/lib/actions/make-console-room-admin");
const { setRoomPowerLevel } = await import("@/lib/actions/set-member-power-level");
const { setRoomPublished } = await import("@/lib/actions/set-room-published");
const { setRoomBlocked } = await import("@/lib/actions/set-room-blocked");
const { grantRole } = await import("@/lib/actions/grant-role");
const { revokeRole } = await import("@/lib/actions/revoke-role");
const { createJob } = await import("@/lib/actions/create-job");
const { updateJob } = await import("@/lib/actions/update-job");
const { deleteJob } = await import("@/lib/actions/delete-job");
const { manageTokenAccount } = await import("@/lib/actions/manage-token-account");
const { updateTokenPolicy } = await import("@/lib/actions/update-token-policy");
const { unmanageTokenAccount } = await import("@/lib/actions/unmanage-token-account");
const { savePolicyVersion } = await import("@/lib/actions/save-policy-version");
const { importPolicy } = await import("@/lib/actions/import-policy");
const { restorePolicyVersion } = await import("@/lib/actions/restore-policy-version");
const { updatePolicySettings } = await import("@/lib/actions/update-policy-settings");
const { runAudited } = await import("./run-audited");
const { db } = await import("@/lib/db");
const { getHomeserverOrThrow } = await import("@/lib/homeserver/get-homeserver");
const { getServiceSynapse } = await import("@/lib/homeserver/service-synapse");
const { createJobDefinition } = await import("@/lib/jobs/definitions");
const { runUserBulkChange } = await import("@/lib/operations/user-bulk-change");
const { applyPolicyAction } = await import("@/lib/operations/policy/apply-policy-action");
const { contentHashOf, latestVersion } = await import("@/lib/policy/versions");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");

const checker = await registerTestUser("changes-checker", true);
const { serverName, serviceUserId } = await getHomeserverOrThrow();
const ADMIN = { matrixId: `@changes-admin:${serverName}`, role: "admin" as const };
const REASON = "Checking what the audit log records";

/** Runs an action as the admin and gives its data, failing the test with its error otherwise. */
async function act<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  input: z.input<S>,
): Promise<T> {
  const result = await runAction(definition, input, async () => ADMIN);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

const user = async (prefix: string) => (await registerTestUser(`chg-${prefix}`)).id;
const room = async (preset: "private_chat" | "public_chat" = "private_chat") =>
  (await checker.client.rooms.create({ preset, name: "changes room" })).roomId;
const stamp = () => randomBytes(4).toString("hex");
const policyText = (tag = stamp()) =>
  JSON.stringify({ schemaVersion: 2, identificationStamp: tag, users: [] }, null, 2);
const settings = (guardCount: number, guardPercent: number) => ({
  sourceUrl: "",
  sourceAllowPrivate: false,
  sourceAuth: "none" as const,
  sourceToken: "",
  guardCount,
  guardPercent,
});
const jobFields = (name: string, enabled: boolean) => ({
  name,
  kind: "device_scan" as const,
  params: '{"concurrency": 1, "pageSize": 10}',
  cron: "",
  timezone: "UTC",
  enabled,
});
const tokenPolicy = (userId: string, maxTokenAgeDays: number) => ({
  userId,
  maxTokenAgeDays,
  graceMinutes: 10,
});

/** A policy step as the apply job runs it: one audited change, acting as the job. */
async function applyStep(action: Parameters<typeof applyPolicyAction>[0], targetId: string) {
  const synapse = await getServiceSynapse();
  const context = {
    synapse,
    serverName,
    serviceUserId: serviceUserId ?? "",
    requestedBy: ADMIN.matrixId,
    users: new Map(),
    roomIds: new Map(),
    joinedByRoom: new Map(),
  };
  const target = { type: targetId.startsWith("!") ? ("room" as const) : ("user" as const) };
  await runAudited(
    {
      actor: { id: "job:changes-test" },
      action: `policy.${action.type}`,
      target: { ...target, id: targetId },
      input: { action },
    },
    () => applyPolicyAction(action, context),
  );
}

type Row = {
  action: string;
  /** Sets the before value up and runs the action; says which audit entry to read and what it should hold. */
  run: () => Promise<{ where: Prisma.AuditEntryWhereInput; changes: unknown[] }>;
};

const rows: Row[] = [
  {
    action: "user.set_displayname",
    run: async () => {
      const id = await user("displayname");
      await checker.client.users.update(id, { displayname: "Before Name" });
      await act(updateDisplayName.definition, { userId: id, displayName: "After Name" });
      return {
        where: { targetId: id },
        changes: [{ field: "displayname", from: "Before Name", to: "After Name" }],
      };
    },
  },
  {
    action: "user.update_profile",
    run: async () => {
      const id = await user("profile");
      await checker.client.users.update(id, {
        displayname: "Old",
        avatar_url: "mxc://localhost/old",
      });
      await act(updateUserProfile.definition, {
        userId: id,
        displayName: "Old",
        avatarUrl: "mxc://localhost/new",
        threepids: "",
        externalIds: "sso:bob-1",
      });
      return {
        where: { targetId: id },
        changes: [
          { field: "avatar_url", from: "mxc://localhost/old", to: "mxc://localhost/new" },
          { field: "external_ids", from: [], to: [{ auth_provider: "sso", external_id: "bob-1" }] },
        ],
      };
    },
  },
  {
    action: "user.set_admin",
    run: async () => {
      const id = await user("admin");
      await act(setServerAdmin.definition, { userId: id, enabled: true });
      return { where: { targetId: id }, changes: [{ field: "admin", from: false, to: true }] };
    },
  },
  {
    action: "user.set_locked",
    run: async () => {
      const id = await user("locked");
      await act(setUserLocked.definition, { userId: id, enabled: true });
      return { where: { targetId: id }, changes: [{ field: "locked", from: false, to: true }] };
    },
  },
  {
    action: "user.set_suspended",
    run: async () => {
      const id = await user("suspended");
      await act(setUserSuspended.definition, { userId: id, enabled: true });
      return { where: { targetId: id }, changes: [{ field: "suspended", from: false, to: true }] };
    },
  },
  {
    action: "user.set_shadow_banned",
    run: async () => {
      const id = await user("shadow");
      await checker.client.users.setShadowBanned(id, true);
      await act(setUserShadowBanned.definition, { userId: id, enabled: false });
      return {
        where: { targetId: id },
        changes: [{ field: "shadow_banned", from: true, to: false }],
      };
    },
  },
  {
    action: "user.deactivate",
    run: async () => {
      const id = await user("deactivate");
      await act(deactivateUser.definition, { userId: id, erase: true });
      return {
        where: { targetId: id },
        changes: [
          { field: "active", from: true, to: false },
          { field: "erased", from: false, to: true },
        ],
      };
    },
  },
  {
    action: "user.reactivate",
    run: async () => {
      const id = await user("reactivate");
      await checker.client.users.deactivate(id, false);
      await act(reactivateUser.definition, { userId: id, password: `pw-${stamp()}-long` });
      return { where: { targetId: id }, changes: [{ field: "active", from: false, to: true }] };
    },
  },
  {
    action: "user.set_ratelimit",
    run: async () => {
      const id = await user("ratelimit");
      await checker.client.users.rateLimit.set(id, { messagesPerSecond: 0, burstCount: 0 });
      await act(setRateLimit.definition, {
        userId: id,
        limit: { kind: "custom", messagesPerSecond: 3, burstCount: 7 },
      });
      return {
        where: { targetId: id },
        changes: [
          {
            field: "rate_limit",
            from: "no limit",
            to: { messages_per_second: 3, burst_count: 7 },
          },
        ],
      };
    },
  },
  {
    action: "user.clear_ratelimit",
    run: async () => {
      const id = await user("clear-ratelimit");
      await checker.client.users.rateLimit.set(id, { messagesPerSecond: 2, burstCount: 4 });
      await act(clearRateLimit.definition, { userId: id });
      return {
        where: { targetId: id },
        changes: [
          { field: "rate_limit", from: { messages_per_second: 2, burst_count: 4 }, to: null },
        ],
      };
    },
  },
  {
    action: "room.set_power_level",
    run: async () => {
      const [roomId, id] = [await room("public_chat"), await user("power")];
      await act(makeConsoleRoomAdmin.definition, { roomId });
      await act(setRoomPowerLevel.definition, { roomId, userId: id, level: 10, reason: REASON });
      await act(setRoomPowerLevel.definition, { roomId, userId: id, level: 50, reason: REASON });
      return {
        where: { targetId: roomId, input: { path: ["level"], equals: 50 } },
        changes: [{ field: `power_levels.users.${id}`, from: 10, to: 50 }],
      };
    },
  },
  {
    action: "room.set_published",
    run: async () => {
      const roomId = await room();
      await act(setRoomPublished.definition, { roomId, enabled: true });
      return {
        where: { targetId: roomId },
        changes: [{ field: "published", from: false, to: true }],
      };
    },
  },
  {
    action: "room.set_blocked",
    run: async () => {
      const roomId = await room();
      await act(setRoomBlocked.definition, { roomId, enabled: true });
      return {
        where: { targetId: roomId },
        changes: [{ field: "blocked", from: false, to: true }],
      };
    },
  },
  {
    action: "console.grant_role",
    run: async () => {
      const id = await user("grant");
      await act(grantRole.definition, { matrixId: id, role: "viewer" });
      await act(grantRole.definition, { matrixId: id, role: "operator" });
      return {
        where: { targetId: id, input: { path: ["role"], equals: "operator" } },
        changes: [{ field: "role", from: "viewer", to: "operator" }],
      };
    },
  },
  {
    action: "console.revoke_role",
    run: async () => {
      const id = await user("revoke");
      await act(grantRole.definition, { matrixId: id, role: "operator" });
      await act(revokeRole.definition, { matrixId: id });
      return { where: { targetId: id }, changes: [{ field: "role", from: "operator", to: null }] };
    },
  },
  {
    action: "job.create",
    run: async () => {
      const name = `changes-create-${stamp()}`;
      const { id } = await act(createJob.definition, jobFields(name, true));
      const { params } = await db.jobDefinition.findUniqueOrThrow({ where: { id } });
      return {
        where: { outcome: { result: { path: ["id"], equals: id } } },
        changes: [
          { field: "name", from: null, to: name },
          { field: "kind", from: null, to: "device_scan" },
          { field: "params", from: null, to: params },
          { field: "timezone", from: null, to: "UTC" },
          { field: "enabled", from: null, to: true },
        ],
      };
    },
  },
  {
    action: "job.update",
    run: async () => {
      const name = `changes-update-${stamp()}`;
      const { id } = await createJobDefinition(jobFields(name, true), ADMIN.matrixId);
      await act(updateJob.definition, { id, fields: jobFields(`${name}-renamed`, false) });
      return {
        where: { targetId: id },
        changes: [
          { field: "name", from: name, to: `${name}-renamed` },
          { field: "enabled", from: true, to: false },
        ],
      };
    },
  },
  {
    action: "job.delete",
    run: async () => {
      const name = `changes-delete-${stamp()}`;
      const { id } = await createJobDefinition(jobFields(name, false), ADMIN.matrixId);
      const { params } = await db.jobDefinition.findUniqueOrThrow({ where: { id } });
      await act(deleteJob.definition, { id });
      return {
        where: { targetId: id },
        changes: [
          { field: "name", from: name, to: null },
          { field: "kind", from: "device_scan", to: null },
          { field: "params", from: params, to: null },
          { field: "timezone", from: "UTC", to: null },
          { field: "enabled", from: false, to: null },
        ],
      };
    },
  },
  {
    action: "token.manage",
    run: async () => {
      const id = await user("manage");
      await act(manageTokenAccount.definition, tokenPolicy(id, 30));
      return {
        where: { targetId: id },
        changes: [
          { field: "managed", from: false, to: true },
          { field: "maxTokenAgeDays", from: null, to: 30 },
          { field: "graceMinutes", from: null, to: 10 },
          { field: "webhookAllowPrivate", from: null, to: false },
        ],
      };
    },
  },
  {
    action: "token.update_policy",
    run: async () => {
      const id = await user("token-policy");
      await act(manageTokenAccount.definition, tokenPolicy(id, 30));
      await act(updateTokenPolicy.definition, tokenPolicy(id, 60));
      return {
        where: { targetId: id },
        changes: [{ field: "maxTokenAgeDays", from: 30, to: 60 }],
      };
    },
  },
  {
    action: "token.unmanage",
    run: async () => {
      const id = await user("unmanage");
      await act(manageTokenAccount.definition, tokenPolicy(id, 30));
      await act(unmanageTokenAccount.definition, { userId: id });
      return {
        where: { targetId: id },
        changes: [
          { field: "managed", from: true, to: false },
          { field: "maxTokenAgeDays", from: 30, to: null },
          { field: "graceMinutes", from: 10, to: null },
          { field: "webhookAllowPrivate", from: false, to: null },
        ],
      };
    },
  },
  {
    action: "policy.save",
    run: async () => {
      const text = policyText();
      const before = await latestVersion();
      const saved = await act(savePolicyVersion.definition, {
        content: text,
        message: "changes test",
      });
      return {
        where: { outcome: { result: { path: ["versionId"], equals: saved.versionId } } },
        changes: [
          { field: "version", from: before?.number ?? null, to: saved.number },
          { field: "content_sha256", from: before?.contentHash ?? null, to: contentHashOf(text) },
        ],
      };
    },
  },
  {
    action: "policy.import",
    run: async () => {
      const text = policyText();
      const before = await latestVersion();
      const saved = await act(importPolicy.definition, {
        content: text,
        fileName: "changes.json",
      });
      return {
        where: { outcome: { result: { path: ["versionId"], equals: saved.versionId } } },
        changes: [
          { field: "version", from: before?.number ?? null, to: saved.number },
          { field: "content_sha256", from: before?.contentHash ?? null, to: contentHashOf(text) },
        ],
      };
    },
  },
  {
    action: "policy.restore",
    run: async () => {
      const [first, second] = [policyText(), policyText()];
      const old = await act(savePolicyVersion.definition, { content: first, message: "a" });
      await act(savePolicyVersion.definition, { content: second, message: "b" });
      const before = await latestVersion();
      const restored = await act(restorePolicyVersion.definition, {
        versionId: old.versionId,
      });
      return {
        where: { outcome: { result: { path: ["versionId"], equals: restored.versionId } } },
        changes: [
          { field: "version", from: before?.number, to: restored.number },
          { field: "content_sha256", from: contentHashOf(second), to: contentHashOf(first) },
        ],
      };
    },
  },
  {
    action: "policy.update_settings",
    run: async () => {
      await act(updatePolicySettings.definition, settings(7, 10));
      await act(updatePolicySettings.definition, settings(8, 20));
      return {
        where: { input: { path: ["guardCount"], equals: 8 } },
        changes: [
          { field: "guardCount", from: 7, to: 8 },
          { field: "guardPercent", from: 10, to: 20 },
        ],
      };
    },
  },
  {
    action: "user.lock",
    run: async () => {
      // A bulk job's step: each user's audited change records its own from → to.
      const id = await user("bulk-lock");
      const params = { change: "lock" as const, userIds: [id], requestedByRole: "admin" as const };
      const runId = await createTestRun("user_bulk", params, ADMIN.matrixId);
      const summary = await runUserBulkChange(
        checker.client,
        params,
        testRunContext(runId, { requestedBy: ADMIN.matrixId }),
      );
      expect(summary).toMatchObject({ changed: 1, failed: 0 });
      return { where: { targetId: id }, changes: [{ field: "locked", from: false, to: true }] };
    },
  },
  {
    action: "policy.user.set_type",
    run: async () => {
      const id = await user("policy-type");
      await applyStep({ type: "user.set_type", payload: { userId: id, userType: "bot" } }, id);
      return { where: { targetId: id }, changes: [{ field: "user_type", from: null, to: "bot" }] };
    },
  },
  {
    action: "policy.user.set_display_name",
    run: async () => {
      const id = await user("policy-name");
      await checker.client.users.update(id, { displayname: "Policy Before" });
      await applyStep(
        { type: "user.set_display_name", payload: { userId: id, displayName: "Policy After" } },
        id,
      );
      return {
        where: { targetId: id },
        changes: [{ field: "displayname", from: "Policy Before", to: "Policy After" }],
      };
    },
  },
  {
    action: "policy.room.users_set_power_levels",
    run: async () => {
      const [roomId, id] = [await room("public_chat"), await user("policy-power")];
      await act(makeConsoleRoomAdmin.definition, { roomId });
      await applyStep(
        {
          type: "room.users_set_power_levels",
          payload: { roomId, roomPowerForUserId: { [id]: 20 } },
        },
        roomId,
      );
      return {
        where: { targetId: roomId },
        changes: [{ field: `power_levels.users.${id}`, from: null, to: 20 }],
      };
    },
  },
];

describe("from → to on the audit outcome", () => {
  it.each(rows.map((row) => [row.action, row] as const))("%s", async (action, row) => {
    const { where, changes } = await row.run();
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action, ...where },
      orderBy: { id: "desc" },
      include: { outcome: true },
    });
    expect(entry.outcome?.outcome).toBe("success");
    expect(entry.outcome?.changes).toEqual(changes);
  });
});
