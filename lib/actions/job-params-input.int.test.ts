import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SchedulableKind } from "@/lib/jobs/definition-schema";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import { unclearBecause } from "./testing/clear-failure";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { createJob } = await import("./create-job");
const { updateJob } = await import("./update-job");
const { JOB_KIND_VALUES } = await import("@/lib/jobs/definition-schema");
const { db } = await import("@/lib/db");

const admin = {
  matrixId: `@job-params-admin-${randomBytes(3).toString("hex")}:localhost`,
  role: "admin" as const,
};
const asAdmin = async () => admin;

/** JSON texts no job kind takes: not JSON, not an object, wrong values, escapes, sheer size. */
const MALFORMED_FOR_EVERY_KIND = [
  "{",
  "{}}",
  "[]",
  "null",
  "42",
  '"text"',
  "[".repeat(100_000) + "]".repeat(100_000),
  `{"x":"${"a".repeat(2_000_001)}"}`,
  '{"concurrency":"\\u0000"}',
  '{"rule":{"excludeUsers":["@a:b\\u001b[2J"]}}',
  '{"userId":"@a:b\\u0000"}',
  '{"__proto__":{"polluted":true}}',
  '{"concurrencyy":2}',
];

const MALFORMED_BY_KIND: Record<string, string[]> = {
  device_scan: ['{"concurrency":0}', '{"concurrency":"4"}', '{"pageSize":1e308}'],
  stale_device_revoke: [
    "{}",
    '{"devices":[{"userId":"@a:localhost","deviceId":".."}],"rule":{"olderThanDays":90}}',
    '{"devices":[{"userId":"@a:localhost","deviceId":"%2e%2e"}],"rule":{"olderThanDays":90}}',
    '{"devices":[{"userId":"bob","deviceId":"ABC"}],"rule":{"olderThanDays":90}}',
    '{"devices":[{"userId":"@a:localhost","deviceId":"ABC"}],"rule":{"olderThanDays":-1}}',
  ],
  token_rotation: [
    "{}",
    '{"userId":"bob"}',
    '{"userId":"@a:localhost/../../admin"}',
    '{"userIds":"@a:localhost"}',
    '{"revokeDueOnly":"yes"}',
  ],
  policy_reconcile: ['{"mode":"fix"}', '{"mode":1}', '{"mode":"apply","planId":"x"}'],
};

function fields(kind: SchedulableKind, params: string) {
  return { name: "Malformed params", kind, params, cron: "", timezone: "UTC", enabled: false };
}

describe("job parameters as JSON text, on create and update", () => {
  it("refuses malformed parameters under the parameters field, saving and auditing nothing", async () => {
    const saved = await runAction(createJob.definition, fields("device_scan", "{}"), asAdmin);
    if (!saved.ok) throw new Error(saved.error);
    const jobId = saved.data.id;
    const jobsBefore = await db.jobDefinition.count();
    const auditBefore = await db.auditEntry.count({ where: { actorId: admin.matrixId } });

    const problems: string[] = [];
    let sent = 0;
    for (const kind of JOB_KIND_VALUES) {
      for (const params of [...MALFORMED_FOR_EVERY_KIND, ...(MALFORMED_BY_KIND[kind] ?? [])]) {
        const label = `${kind} ${JSON.stringify(params.slice(0, 60))}`;
        for (const [verb, result] of [
          ["create", await runAction(createJob.definition, fields(kind, params), asAdmin)],
          [
            "update",
            await runAction(
              updateJob.definition,
              { id: jobId, fields: fields(kind, params) },
              asAdmin,
            ),
          ],
        ] as const) {
          sent += 1;
          const unclear = unclearBecause(result);
          if (unclear) problems.push(`${verb} ${label}: ${unclear}`);
          else if (!result.ok && !result.fieldErrors?.params && !result.fieldErrors?.fields) {
            problems.push(`${verb} ${label}: no message under the parameters: ${result.error}`);
          }
        }
      }
    }

    expect(problems).toEqual([]);
    expect(await db.jobDefinition.count()).toBe(jobsBefore);
    const job = await db.jobDefinition.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.params).toEqual({ concurrency: 8, pageSize: 500 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Refused as bad input, the kind's own schema included: before any audit entry is written.
    expect(await db.auditEntry.count({ where: { actorId: admin.matrixId } })).toBe(auditBefore);
    console.log(
      `Job parameters: ${sent} malformed create/update calls refused before any audit entry`,
    );
  });
});
