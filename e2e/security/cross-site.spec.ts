import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fillPageRoutes, findApiRoutes, methodsOfApiRoute } from "../fixtures/app-routes";
import { storageStates } from "../fixtures/sign-in";

const FORGED =
  "This change was sent from another site's page; the console takes changes from its own pages only.\n";

// A page on another site, or on a sibling subdomain (same site, so the Lax session cookie goes
// along), must not make a signed-in admin's browser change anything through a route handler.
// Every route handler found in the code that takes a change is asked, with the admin's cookie.
test("every route that takes a change refuses one sent from another site's page, and takes the console's own", async ({
  playwright,
  baseURL,
}) => {
  const routes = fillPageRoutes(findApiRoutes(), {
    mediaId: "forgedmediaid",
    jobId: randomUUID(),
    runId: randomUUID(),
    "...nextauth": "signout",
    "...path": "no-such-route",
  });
  const browserLike = await playwright.request.newContext({
    baseURL,
    storageState: storageStates.admin,
  });
  let asked = 0;
  for (const route of routes) {
    for (const method of methodsOfApiRoute(route.pattern).filter((m) => m !== "GET")) {
      for (const headers of <Array<Record<string, string>>>[
        { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
        { Origin: "https://wiki.localhost", "Sec-Fetch-Site": "same-site" },
        { "Sec-Fetch-Site": "same-site" },
        { Origin: "null" },
      ]) {
        const answer = await browserLike.fetch(route.path, {
          method,
          headers,
          maxRedirects: 0,
          data: "{}",
        });
        const where = `${method} ${route.pattern} with ${JSON.stringify(headers)}`;
        expect(answer.status(), where).toBe(403);
        expect(await answer.text(), where).toBe(FORGED);
      }
      asked += 1;
    }
  }
  expect(asked, "the routes that take changes are found").toBeGreaterThanOrEqual(4);
  // Signing in from another site's form (to sign the browser in as someone else) is refused too.
  const signIn = await browserLike.fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    form: { userId: "@someone:localhost", password: "x" },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBe(403);

  // The same request from the console's own page reaches the route: a job that does not exist.
  const own = await browserLike.fetch(`/api/v1/jobs/${randomUUID()}/runs`, {
    method: "POST",
    headers: { Origin: new URL(baseURL!).origin, "Sec-Fetch-Site": "same-origin" },
    data: "{}",
  });
  expect(own.status()).not.toBe(403);
  expect(await own.text()).not.toBe(FORGED);
  await browserLike.dispose();
});
