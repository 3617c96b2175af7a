// The script API on the real Synapse and PostgreSQL, through the route handlers themselves: each
// endpoint with a token of each role, a bad, an expired and a revoked token (401, nothing audited
// or changed), a token whose maker was moved down or holds no role any more, a bad query (400),
// and the exports naming the token as the audit's actor.
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";
import { adminTestClient } from "@/lib/synapse/testing/synapse-fixture";

prepareTestAppEnv();

// Route handlers read the request's headers through next/headers; here each call sets them.
vi.mock("next/headers", () => import("@/lib/api/testing/next-headers-stub"));
const { setRequestHeaders } = await import("@/lib/api/testing/next-headers-stub");

const { db } = await import("@/lib/db");
const { createApiToken, findApiTokens, revokeApiToken } = await import("@/lib/data/api-tokens");
const { grantTestRole } = await import("@/lib/actions/testing/console-roles");
const usersRoute = await import("@/app/api/v1/users/route");
const roomsRoute = await import("@/app/api/v1/rooms/route");
const openApiRoute = await import("@/app/api/v1/openapi.json/route");
const usersExportRoute = await import("@/app/api/v1/users/export/route");
const thumbnailRoute = await import("@/app/api/v1/media-thumbnails/[mediaId]/route");

const listed = await registerTestUser("api-listed");
// Synapse matches `name` against the localpart and display name, not the whole ID.
const listedLocalpart = listed.id.slice(1).split(":")[0]!;

// Tokens are made by an admin, and never act above their maker's role now.
const MAKER = "@api-test:localhost";
await grantTestRole(MAKER, "admin");

async function tokenFor(role: Role, createdBy = MAKER) {
  const name = `api-${role}-${randomBytes(4).toString("hex")}`;
  const { token, id } = await createApiToken({ name, role, expiresInDays: 1, createdBy });
  return { name, token, id };
}

async function call(
  handler: (request: NextRequest) => Promise<Response>,
  path: string,
  authorization?: string,
) {
  const headers = setRequestHeaders(authorization ? { authorization } : {});
  return handler(new NextRequest(`http://console.test${path}`, { headers }));
}

const thumbnail = (request: NextRequest) =>
  thumbnailRoute.GET(request, { params: Promise.resolve({ mediaId: "nosuchmedia" }) });

const auditCount = (name: string) => db.auditEntry.count({ where: { actorId: `token:${name}` } });

describe("the script API with API tokens", () => {
  it("answers /api/v1/users with a page of Synapse's users and the next page's token, for every role", async () => {
    for (const role of ["viewer", "operator", "admin"] as const) {
      const { token, name } = await tokenFor(role);
      const response = await call(
        usersRoute.GET,
        `/api/v1/users?q=${listedLocalpart}&limit=25`,
        `Bearer ${token}`,
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as { users: { name: string }[]; next_token: unknown };
      expect(body.users.map((user) => user.name)).toEqual([listed.id]);
      expect(body.next_token).toBeNull();
      // A read is not audited; the token's last use is.
      expect(await auditCount(name)).toBe(0);
      expect((await db.apiToken.findFirstOrThrow({ where: { name } })).lastUsedAt).not.toBeNull();
    }
  });

  it("says whose a searched email address is beside the name search, and when it is nobody's", async () => {
    const { token } = await tokenFor("viewer");
    const email = `${listedLocalpart}@Example.org`;
    const { client } = await adminTestClient();
    await client.users.update(listed.id, {
      threepids: [{ medium: "email", address: email.toLowerCase() }],
    });
    const query = (q: string) => `/api/v1/users?q=${encodeURIComponent(q)}`;
    type Body = { users: unknown[]; threepid?: Record<string, unknown> };

    const found = (await (
      await call(usersRoute.GET, query(email), `Bearer ${token}`)
    ).json()) as Body;
    expect(found.threepid).toMatchObject({
      medium: "email",
      address: email.toLowerCase(),
      shown: email,
      owner: { user_id: listed.id, user: { deactivated: false, admin: false } },
    });
    // Only what the match shows of the owner: not their addresses or other IDs.
    const owner = found.threepid?.owner as { user: Record<string, unknown> };
    const shown = ["displayname", "admin", "deactivated", "erased", "locked", "suspended"];
    shown.push("shadow_banned", "is_guest", "user_type");
    expect(Object.keys(owner.user).filter((key) => !shown.includes(key))).toEqual([]);
    expect(owner.user).not.toHaveProperty("threepids");
    // The name search ran too: no user ID or display name holds the address.
    expect(found.users).toEqual([]);

    const nobody = `nobody-${listedLocalpart}@example.org`;
    const missing = (await (
      await call(usersRoute.GET, query(nobody), `Bearer ${token}`)
    ).json()) as Body;
    expect(missing.threepid).toMatchObject({ medium: "email", address: nobody, owner: null });
    // The pages after the first do not look it up again.
    const later = (await (
      await call(usersRoute.GET, `${query(email)}&from=1`, `Bearer ${token}`)
    ).json()) as Body;
    expect(later).not.toHaveProperty("threepid");
    // A search that reads as neither has no lookup at all.
    const plain = (await (
      await call(usersRoute.GET, query(listedLocalpart), `Bearer ${token}`)
    ).json()) as Body;
    expect(plain).not.toHaveProperty("threepid");
  });

  it("pages through users with next_token", async () => {
    const { token } = await tokenFor("viewer");
    const first = await call(
      usersRoute.GET,
      "/api/v1/users?limit=25&deactivated=all",
      `Bearer ${token}`,
    );
    const page = (await first.json()) as {
      users: unknown[];
      total: number;
      next_token: string | null;
    };
    expect(page.users.length).toBeGreaterThan(0);
    if (page.total > 25) expect(page.next_token).toBe("25");
    else expect(page.next_token).toBeNull();
  });

  it("answers /api/v1/rooms and the OpenAPI document for a viewer token", async () => {
    const { token } = await tokenFor("viewer");
    const rooms = await call(roomsRoute.GET, "/api/v1/rooms?size=25&page=1", `Bearer ${token}`);
    expect(rooms.status).toBe(200);
    const body = (await rooms.json()) as { rooms: unknown[]; total: number; next_page: unknown };
    expect(Array.isArray(body.rooms)).toBe(true);
    expect(body.next_page === null || body.next_page === 2).toBe(true);

    const openApi = await call(openApiRoute.GET, "/api/v1/openapi.json", `Bearer ${token}`);
    const document = (await openApi.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/users",
        "/api/v1/rooms",
        "/api/v1/users/export",
        "/api/v1/history/export",
      ]),
    );
  });

  it("refuses a token whose role is too low (403) and lets one high enough through", async () => {
    const viewer = await tokenFor("viewer");
    const refused = await call(
      thumbnail,
      "/api/v1/media-thumbnails/nosuchmedia",
      `Bearer ${viewer.token}`,
    );
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("This needs the operator role; this token's role is viewer.");
    const operator = await tokenFor("operator");
    const allowed = await call(
      thumbnail,
      "/api/v1/media-thumbnails/nosuchmedia",
      `Bearer ${operator.token}`,
    );
    expect([403, 401]).not.toContain(allowed.status);
  });

  it("acts with no more than its maker's role now, and is refused once its maker holds none", async () => {
    const maker = `@api-maker-${randomBytes(4).toString("hex")}:localhost`;
    await grantTestRole(maker, "admin");
    const { token, name, id } = await tokenFor("admin", maker);
    const thumbnailCall = () =>
      call(thumbnail, "/api/v1/media-thumbnails/nosuchmedia", `Bearer ${token}`);
    expect([401, 403]).not.toContain((await thumbnailCall()).status);

    // The maker is moved down to viewer: the token follows, and the Settings list says so.
    await grantTestRole(maker, "viewer");
    const lowered = await thumbnailCall();
    expect(lowered.status).toBe(403);
    expect(await lowered.text()).toBe("This needs the operator role; this token's role is viewer.");
    expect((await findApiTokens()).find((row) => row.id === id)).toMatchObject({
      role: "admin",
      status: "active",
      actsAs: "viewer",
    });
    const exported = await call(
      usersExportRoute.GET,
      `/api/v1/users/export?q=${listedLocalpart}`,
      `Bearer ${token}`,
    );
    expect(exported.status).toBe(200);
    await expect
      .poll(() => db.auditEntry.findMany({ where: { actorId: `token:${name}` } }))
      .toMatchObject([{ action: "users.export", actorRole: "viewer" }]);

    // The maker holds no role any more (they left): every route refuses the token, nothing is read.
    await db.roleGrant.delete({ where: { matrixId: maker } });
    for (const [handler, path] of [
      [usersRoute.GET, "/api/v1/users"],
      [usersExportRoute.GET, "/api/v1/users/export"],
      [thumbnail, "/api/v1/media-thumbnails/nosuchmedia"],
    ] as const) {
      const refused = await call(handler, path, `Bearer ${token}`);
      expect(refused.status).toBe(401);
      expect(await refused.text()).toContain(
        "The admin who made this API token holds no console role any more",
      );
    }
    expect(await auditCount(name)).toBe(1);
    expect((await findApiTokens()).find((row) => row.id === id)?.actsAs).toBeNull();
  });

  it("audits an export made with a token under token:<name>", async () => {
    const { token, name } = await tokenFor("viewer");
    const response = await call(
      usersExportRoute.GET,
      `/api/v1/users/export?q=${listedLocalpart}`,
      `Bearer ${token}`,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(listed.id);
    await expect
      .poll(() =>
        db.auditEntry.findMany({ where: { actorId: `token:${name}` }, include: { outcome: true } }),
      )
      .toMatchObject([
        { action: "users.export", actorRole: "viewer", outcome: { outcome: "success" } },
      ]);
  });

  it("refuses a bad, an expired and a revoked token with 401 and changes nothing", async () => {
    const expired = await tokenFor("admin");
    await db.apiToken.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const revoked = await tokenFor("admin");
    await revokeApiToken(revoked.id, MAKER);
    const cases = [
      { authorization: "Bearer sct_notarealtoken", says: "This API token is not valid." },
      { authorization: "Bearer ", says: "This API token is not valid." },
      { authorization: `Bearer ${expired.token}`, says: "This API token has expired" },
      { authorization: `Bearer ${revoked.token}`, says: "This API token was revoked" },
    ];
    for (const { authorization, says } of cases) {
      for (const [handler, path] of [
        [usersRoute.GET, "/api/v1/users"],
        [roomsRoute.GET, "/api/v1/rooms"],
        [usersExportRoute.GET, "/api/v1/users/export"],
        [openApiRoute.GET, "/api/v1/openapi.json"],
        [thumbnail, "/api/v1/media-thumbnails/nosuchmedia"],
      ] as const) {
        const response = await call(handler, path, authorization);
        expect(response.status).toBe(401);
        expect(await response.text()).toContain(says);
      }
    }
    for (const { id, name } of [expired, revoked]) {
      expect(await auditCount(name)).toBe(0);
      expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    }
  });

  it("answers a request with neither token nor session with 401", async () => {
    const response = await call(usersRoute.GET, "/api/v1/users");
    expect(response.status).toBe(401);
  });

  it("refuses a query the list page would have dropped with 400 and a sentence", async () => {
    const { token } = await tokenFor("viewer");
    const users = await call(usersRoute.GET, "/api/v1/users?limit=7", `Bearer ${token}`);
    expect(users.status).toBe(400);
    expect(await users.text()).toMatch(/^The query is not valid: limit: /);
    const rooms = await call(
      roomsRoute.GET,
      "/api/v1/rooms?sort=secret&color=red",
      `Bearer ${token}`,
    );
    expect(rooms.status).toBe(400);
    expect(await rooms.text()).toMatch(/unknown query parameter color/);
    // The exports too: a misspelt filter is refused before anything is audited or exported.
    const { token: exporter, name } = await tokenFor("viewer");
    const exported = await call(
      usersExportRoute.GET,
      "/api/v1/users/export?deactivated=al",
      `Bearer ${exporter}`,
    );
    expect(exported.status).toBe(400);
    expect(await exported.text()).toMatch(/^The query is not valid: deactivated: /);
    expect(await auditCount(name)).toBe(0);
  });
});
