import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import {
  NOT_FOUND_PATTERNS,
  TEST_DESTINATION,
  fillPageRoutes,
  findPageRoutes,
  type PageRoute,
} from "../fixtures/app-routes";
import { startCountedConsole } from "../fixtures/counted-console";
import { seedEventReport, seedUserReports } from "../fixtures/reports";
import { seedRooms } from "../fixtures/rooms";
import { expectOverview, signInWithPassword } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

// Issue 8: Next renders a page beside its layout, so a layout that redirects still streamed the
// page's Synapse data to anyone. Every page of app/, asked for without a session, with a revoked
// role's session and with a forged cookie, as a page and as an RSC payload, must show none of the
// marker data seeded in Synapse and make the console send Synapse no request at all.

test.describe.configure({ mode: "serial" });

const tag = () => randomBytes(4).toString("hex");
/** Text that exists only in Synapse: in no URL, form field or page of ours. */
const MARKERS = {
  person: `Leaked person ${tag()}`,
  room: `Leaked room ${tag()}`,
  reason: `Leaked reason ${tag()}`,
  userReason: `Leaked user report ${tag()}`,
};

let counted: Awaited<ReturnType<typeof startCountedConsole>> | undefined;
const seeded = {
  userId: "",
  roomId: "",
  reportId: "",
  reportRoomId: "",
  userReportId: "",
  reportedUserId: "",
};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const person = await registerUniqueUser("leakmarker");
  const synapse = await synapseAsAdmin();
  await synapse.users.update(person.id, { displayname: MARKERS.person });
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([MARKERS.room]);
  const report = await seedEventReport({ body: "marker message", reason: MARKERS.reason });
  const reports = await synapse.eventReports.list({ room_id: report.roomId });
  const { target } = await seedUserReports([MARKERS.userReason]);
  const userReports = await synapse.userReports.list({ target_user_id: target.id });
  Object.assign(seeded, {
    userId: person.id,
    roomId,
    reportId: reports.event_reports[0]?.id ?? "",
    reportRoomId: report.roomId,
    userReportId: userReports.user_reports[0]?.id ?? "",
    reportedUserId: target.id,
  });
  expect(seeded.reportId, "the seeded report is listed").not.toBe("");
  expect(seeded.userReportId, "the seeded user report is listed").not.toBe("");
  counted = await startCountedConsole();
});

test.afterAll(async () => {
  await counted?.stop();
});

const consoleUrl = (path: string) => `${counted?.url ?? ""}${path}`;

function pageRoutes(): PageRoute[] {
  return fillPageRoutes(findPageRoutes(), {
    userId: seeded.userId,
    roomId: seeded.roomId,
    reportId: seeded.reportId,
    userReportId: seeded.userReportId,
    // Our own database's IDs: nothing of Synapse's is on these pages, a dummy is enough.
    destination: TEST_DESTINATION,
    jobId: randomUUID(),
    runId: randomUUID(),
    versionId: randomUUID(),
    planId: randomUUID(),
    importId: randomUUID(),
    // An audit entry's ID: the page must refuse before it looks for one, so any number will do.
    entryId: "1",
    // An address no page answers: refused like any page before it is said to be missing.
    "...missing": "no-such-page",
  });
}

/** List pages filtered so the marker is on their first page when the list is shown. */
const LIST_FILTERS: Record<string, () => string> = {
  // Synapse matches the localpart or display name, not the whole user ID.
  "/users": () => `?q=${encodeURIComponent(seeded.userId.slice(1).split(":")[0] ?? "")}`,
  "/rooms": () => `?q=${encodeURIComponent(seeded.roomId)}`,
  "/reports": () => `?room=${encodeURIComponent(seeded.reportRoomId)}`,
  "/reports/users": () => `?target=${encodeURIComponent(seeded.reportedUserId)}`,
};
const withFilter = (route: PageRoute) => `${route.path}${LIST_FILTERS[route.pattern]?.() ?? ""}`;

/** The three ways a browser asks for a page: as HTML, and as the router's RSC payload. */
const REQUEST_KINDS = {
  page: (path: string) => ({ url: path, headers: {} }),
  rsc: (path: string) => ({ url: path, headers: { RSC: "1" } }),
  "rsc with _rsc": (path: string) => ({
    url: `${path}${path.includes("?") ? "&" : "?"}_rsc=1`,
    headers: { RSC: "1" },
  }),
};

async function ask(path: string, kind: keyof typeof REQUEST_KINDS, cookie: string) {
  const request = REQUEST_KINDS[kind](path);
  const headers = { ...request.headers, ...(cookie ? { Cookie: cookie } : {}) };
  let response = await fetch(consoleUrl(request.url), { headers, redirect: "manual" });
  const location = response.headers.get("location") ?? "";
  // Next answers an RSC request whose _rsc value is not the hash of its headers with a redirect
  // to the same page with the right one, as the router would have asked: follow it once, so the
  // page itself is asked for.
  if (kind !== "page" && response.status === 307 && /[?&]_rsc\b/.test(location)) {
    response = await fetch(new URL(location, consoleUrl("/")), { headers, redirect: "manual" });
  }
  return {
    status: response.status,
    location: response.headers.get("location"),
    body: await response.text(),
  };
}

const leakedMarkers = (body: string) =>
  Object.entries(MARKERS)
    .filter(([, marker]) => body.includes(marker))
    .map(([name]) => name);

/** Signs in on the counted console through its page; returns the browser's cookies as a header. */
async function signIn(browser: Browser, user: { id: string; password: string }) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInWithPassword(page, user.id, user.password, counted?.url);
  await expectOverview(page);
  const cookies = await context.cookies(counted?.url);
  expect(cookies.map((cookie) => cookie.name)).toContain("next-auth.session-token");
  return {
    page,
    cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; "),
    close: () => context.close(),
  };
}

test("no page shows Synapse data or makes a Synapse request without a valid session, as a page or an RSC payload; a signed-in admin sees the data", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const routes = pageRoutes();
  expect(routes.map((route) => route.pattern)).toEqual(
    expect.arrayContaining(["/", "/users", "/users/[userId]", "/rooms/[roomId]", "/sign-in"]),
  );

  // An admin grants a viewer role, the viewer signs in and reads the marker, then loses the role.
  const admin = await signIn(browser, e2eUsers.admin);
  const revoked = await registerUniqueUser("revoked");
  await admin.page.goto(consoleUrl("/settings"));
  await admin.page.getByLabel("Matrix user ID").fill(revoked.id);
  await admin.page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await admin.page.getByRole("button", { name: "Grant role" }).click();
  const row = admin.page
    .getByRole("table", { name: "Console roles" })
    .getByRole("row")
    .filter({ hasText: revoked.id });
  await expect(row).toContainText(/viewer/i);
  const viewer = await signIn(browser, revoked);
  const userPage = `/users/${encodeURIComponent(seeded.userId)}`;
  expect(leakedMarkers((await ask(userPage, "page", viewer.cookie)).body)).toEqual(["person"]);
  await row.getByRole("button", { name: "Revoke" }).click();
  await admin.page.getByRole("button", { name: "Revoke role" }).click();
  await expect(row).toHaveCount(0);
  await viewer.close();

  const sessions = {
    "no cookie": "",
    "revoked role": viewer.cookie,
    // Passes the proxy's check for a session cookie, so only the page's own check stands.
    "forged cookie": `next-auth.session-token=${randomBytes(200).toString("base64url")}`,
  };
  const before = counted?.synapseRequests() ?? 0;
  const leaks: string[] = [];
  const notTurnedAway: string[] = [];
  for (const route of routes) {
    const open = route.pattern === "/sign-in" || route.pattern === "/setup";
    for (const [session, cookie] of Object.entries(sessions)) {
      for (const kind of Object.keys(REQUEST_KINDS) as Array<keyof typeof REQUEST_KINDS>) {
        const answer = await ask(withFilter(route), kind, cookie);
        const what = `${route.pattern} (${session}, ${kind}): ${answer.status}`;
        const leaked = leakedMarkers(answer.body);
        if (leaked.length > 0) leaks.push(`${what} shows ${leaked.join(", ")}`);
        // Refused: the proxy's redirect, or the page's own redirect to /sign-in.
        const toSignIn = answer.location?.includes("/sign-in") || answer.body.includes("/sign-in");
        if (!open && !toSignIn) notTurnedAway.push(what);
        // The proxy's redirect (it cannot tell RSC requests apart: Next strips their headers).
        if (!open && session === "no cookie") expect(answer.status, what).toBe(307);
      }
    }
    if (!open) {
      // A server action posted without a session is refused before it reaches the page.
      const action = await fetch(consoleUrl(route.path), {
        method: "POST",
        headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain" },
        body: "[]",
        redirect: "manual",
      });
      expect(action.status, `${route.pattern}: server action without a session`).toBe(401);
    }
  }
  // Work a page started would still be on its way to Synapse after its answer.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(leaks).toEqual([]);
  expect(notTurnedAway).toEqual([]);
  expect((counted?.synapseRequests() ?? 0) - before, "Synapse requests without a session").toBe(0);

  // The same requests with the admin's session do show the markers and do reach Synapse, so the
  // checks above can fail.
  const beforeAdmin = counted?.synapseRequests() ?? 0;
  const shown = new Map<string, string[]>();
  for (const route of routes) {
    for (const kind of ["page", "rsc"] as const) {
      const answer = await ask(withFilter(route), kind, admin.cookie);
      const what = `${route.pattern} (${kind}) as admin`;
      // A dummy ID's page is its not-found page: a 404 as a page; the router's payload says 200.
      if (NOT_FOUND_PATTERNS.has(route.pattern) && kind === "page")
        expect(answer.status, what).toBe(404);
      else expect(answer.status, what).toBeLessThan(400);
      shown.set(`${route.pattern} (${kind})`, leakedMarkers(answer.body));
    }
  }
  for (const kind of ["page", "rsc"]) {
    expect(shown.get(`/users (${kind})`)).toContain("person");
    expect(shown.get(`/users/[userId] (${kind})`)).toContain("person");
    expect(shown.get(`/rooms (${kind})`)).toContain("room");
    expect(shown.get(`/rooms/[roomId] (${kind})`)).toContain("room");
    expect(shown.get(`/reports (${kind})`)).toContain("reason");
    expect(shown.get(`/reports/[reportId] (${kind})`)).toContain("reason");
    expect(shown.get(`/reports/users (${kind})`)).toContain("userReason");
    expect(shown.get(`/reports/users/[userReportId] (${kind})`)).toContain("userReason");
  }
  expect(counted?.synapseRequests() ?? 0).toBeGreaterThan(beforeAdmin);
  await admin.close();
});
