// From → to in the console's own database: roles, job definitions, managed token accounts, policy
// versions and settings each record the values they replaced and the values they wrote.
import { describe, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import type { ChangeRow } from "./testing/change-rows";

prepareTestAppEnv();

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
const { db } = await import("@/lib/db");
const { createJobDefinition } = await import("@/lib/jobs/definitions");
const { contentHashOf, latestVersion } = await import("@/lib/policy/versions");
const { ADMIN, act, expectRecorded, newUser, stamp } = await import("./testing/change-rows");

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

const rows: ChangeRow[] = [
  {
    action: "console.grant_role",
    run: async () => {
      const id = await newUser("grant");
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
      const id = await newUser("revoke");
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
      const id = await newUser("manage");
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
      const id = await newUser("token-policy");
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
      const id = await newUser("unmanage");
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
];

describe("from → to on the audit outcome, the console's own values", () => {
  it.each(rows.map((row) => [row.action, row] as const))("%s", (_, row) => expectRecorded(row));
});
