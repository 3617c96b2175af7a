// The script API's endpoints that act, on the real PostgreSQL and Synapse through the route
// handlers themselves: the policy read and saved (as corporal's GET and PUT), a plan made, a saved
// job started and its run read; each with a token of each role (allowed and refused), a bad body,
// and the change audited with the token as actor.
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

// Route handlers read the request's headers through next/headers; here each call sets them.
vi.mock("next/headers", () => import("@/lib/api/testing/next-headers-stub"));
const { setRequestHeaders } = await import("@/lib/api/testing/next-headers-stub");

const { db } = await import("@/lib/db");
const { createApiToken } = await import("@/lib/data/api-tokens");
const { grantTestRole } = await import("@/lib/actions/testing/console-roles");
const policyRoute = await import("@/app/api/v1/policy/route");
const plansRoute = await import("@/app/api/v1/policy/plans/route");
const jobRunsRoute = await import("@/app/api/v1/jobs/[jobId]/runs/route");
const runRoute = await import("@/app/api/v1/runs/[runId]/route");

// The tokens' maker is an admin: a token never acts above its maker's role now.
await grantTestRole("@api-test:localhost", "admin");

async function bearer(role: Role) {
  const name = `api-act-${role}-${randomBytes(4).toString("hex")}`;
  const { token } = await createApiToken({
    name,
    role,
    expiresInDays: 1,
    createdBy: "@api-test:localhost",
  });
  return { name, authorization: `Bearer ${token}` };
}

function request(
  path: string,
  authorization: string,
  init: { method?: string; body?: string } = {},
) {
  const headers = setRequestHeaders({ authorization });
  return new NextRequest(`http://console.test${path}`, { headers, ...init });
}

const secret = `s3cret-${randomBytes(4).toString("hex")}`;
const policy = (displayName: string) =>
  JSON.stringify({
    schemaVersion: 2,
    users: [
      {
        id: `@api-policy-${randomBytes(3).toString("hex")}:localhost`,
        active: true,
        displayName,
        authType: "passthrough",
        authCredential: secret,
      },
    ],
  });

describe("the script API's actions", () => {
  it("saves a policy version for an operator (audited as the token), refuses a viewer and a broken document, and reads it back", async () => {
    const viewer = await bearer("viewer");
    const refused = await policyRoute.PUT(
      request("/api/v1/policy", viewer.authorization, { method: "PUT", body: policy("Nope") }),
    );
    expect(refused.status).toBe(403);

    const operator = await bearer("operator");
    const saved = await policyRoute.PUT(
      request("/api/v1/policy?message=From%20a%20script", operator.authorization, {
        method: "PUT",
        body: policy("From the API"),
      }),
    );
    expect(saved.status).toBe(200);
    const version = (await saved.json()) as { number: number; created: boolean; versionId: string };
    expect(version.created).toBe(true);
    const stored = await db.policyVersion.findUniqueOrThrow({ where: { id: version.versionId } });
    expect(stored).toMatchObject({
      author: `token:${operator.name}`,
      message: "From a script",
      origin: "editor",
    });
    expect(
      await db.auditEntry.count({
        where: { actorId: `token:${operator.name}`, action: "policy.save" },
      }),
    ).toBe(1);

    const broken = await policyRoute.PUT(
      request("/api/v1/policy", operator.authorization, {
        method: "PUT",
        body: '{"schemaVersion": 2, "users": [',
      }),
    );
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as { error: string }).error).toMatch(
      /^Nothing was saved: line 1, column \d+: /,
    );

    // Read back: the operator gets the document as saved, a viewer with the credential masked.
    setRequestHeaders({ authorization: operator.authorization });
    const read = await policyRoute.GET();
    expect(read.status).toBe(200);
    expect(read.headers.get("X-Policy-Version")).toBe(String(version.number));
    expect(await read.text()).toContain(secret);
    setRequestHeaders({ authorization: viewer.authorization });
    const masked = await policyRoute.GET();
    expect(masked.status).toBe(200);
    expect(await masked.text()).not.toContain(secret);
    setRequestHeaders();
    expect((await policyRoute.GET()).status).toBe(401);
  });

  it("plans the current policy for an operator, and refuses a viewer, a body that is not JSON and a bad version ID", async () => {
    const operator = await bearer("operator");
    await policyRoute.PUT(
      request("/api/v1/policy", operator.authorization, { method: "PUT", body: policy("Planned") }),
    );
    const planned = await plansRoute.POST(
      request("/api/v1/policy/plans", operator.authorization, { method: "POST" }),
    );
    expect(planned.status).toBe(200);
    const body = (await planned.json()) as {
      planId: string;
      version: { number: number };
      plan: unknown;
    };
    expect(body.planId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.plan).not.toBeNull();
    expect((await db.policyPlan.findUniqueOrThrow({ where: { id: body.planId } })).createdBy).toBe(
      `token:${operator.name}`,
    );

    const viewer = await bearer("viewer");
    expect(
      (
        await plansRoute.POST(
          request("/api/v1/policy/plans", viewer.authorization, { method: "POST" }),
        )
      ).status,
    ).toBe(403);
    const notJson = await plansRoute.POST(
      request("/api/v1/policy/plans", operator.authorization, {
        method: "POST",
        body: "{versionId",
      }),
    );
    expect(notJson.status).toBe(400);
    expect(await notJson.text()).toBe("The request body is not JSON.\n");
    const badId = await plansRoute.POST(
      request("/api/v1/policy/plans", operator.authorization, {
        method: "POST",
        body: '{"versionId": "nope"}',
      }),
    );
    expect(badId.status).toBe(400);
    expect(await badId.json()).toMatchObject({
      fieldErrors: { versionId: ["must be a version ID"] },
    });
    // Bodies past what the route takes are refused without being read whole.
    const huge = await plansRoute.POST(
      request("/api/v1/policy/plans", operator.authorization, {
        method: "POST",
        body: `{"versionId": "${"x".repeat(70_000)}"}`,
      }),
    );
    expect(huge.status).toBe(413);
    expect(await huge.text()).toBe("The request body is more than 65536 bytes.\n");
    const versionsBefore = await db.policyVersion.count();
    const hugePolicy = await policyRoute.PUT(
      request("/api/v1/policy", operator.authorization, {
        method: "PUT",
        body: `${policy("Too long").slice(0, -1)}, "padding": "${"x".repeat(8_000_000)}"}`,
      }),
    );
    expect(hugePolicy.status).toBe(413);
    expect(await hugePolicy.text()).toBe("A policy is at most 8,000,000 characters.\n");
    expect(await db.policyVersion.count()).toBe(versionsBefore);
  });

  it("starts a saved job for an admin only, and reads its run for every role", async () => {
    const job = await db.jobDefinition.create({
      data: {
        name: `api job ${randomBytes(3).toString("hex")}`,
        kind: "audit_verify",
        params: {},
        createdBy: "@api-test:localhost",
      },
    });
    const context = (jobId: string) => ({ params: Promise.resolve({ jobId }) });
    const operator = await bearer("operator");
    const refused = await jobRunsRoute.POST(
      request(`/api/v1/jobs/${job.id}/runs`, operator.authorization, { method: "POST" }),
      context(job.id),
    );
    expect(refused.status).toBe(403);
    expect(await db.jobRun.count({ where: { definitionId: job.id } })).toBe(0);

    const admin = await bearer("admin");
    const started = await jobRunsRoute.POST(
      request(`/api/v1/jobs/${job.id}/runs`, admin.authorization, { method: "POST" }),
      context(job.id),
    );
    expect(started.status).toBe(200);
    const { runId } = (await started.json()) as { runId: string };
    expect(
      await db.auditEntry.count({
        where: { actorId: `token:${admin.name}`, action: "job.run_now" },
      }),
    ).toBe(1);
    const unknown = await jobRunsRoute.POST(
      request(`/api/v1/jobs/${randomUUID()}/runs`, admin.authorization, { method: "POST" }),
      context(randomUUID()),
    );
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toEqual({ error: "No such job: it may have been deleted." });

    const viewer = await bearer("viewer");
    const read = await runRoute.GET(request(`/api/v1/runs/${runId}`, viewer.authorization), {
      params: Promise.resolve({ runId }),
    });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({
      id: runId,
      kind: "audit_verify",
      definitionId: job.id,
      requestedBy: `token:${admin.name}`,
    });
    const missing = await runRoute.GET(request(`/api/v1/runs/nope`, viewer.authorization), {
      params: Promise.resolve({ runId: "nope" }),
    });
    expect(missing.status).toBe(404);
  });

  it("describes every /api/v1 route of the code in its OpenAPI document", async () => {
    const { buildOpenApiDocument } = await import("./openapi");
    const described = Object.keys(buildOpenApiDocument("http://console.test").paths);
    const routes: string[] = [];
    const walk = (dir: string, segments: string[]) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isFile() && /^route\.tsx?$/.test(entry.name))
          routes.push(`/${segments.join("/")}`);
        if (entry.isDirectory())
          walk(path.join(dir, entry.name), [...segments, entry.name.replace(/^\[(.+)\]$/, "{$1}")]);
      }
    };
    walk(path.resolve(import.meta.dirname, "../../app/api/v1"), ["api", "v1"]);
    expect(routes.length).toBeGreaterThanOrEqual(12);
    expect(routes.filter((route) => !described.includes(route))).toEqual([]);
  });
});
