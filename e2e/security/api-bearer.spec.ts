import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fillPageRoutes, findApiRoutes, methodsOfApiRoute } from "../fixtures/app-routes";

// A bearer header lets a request past the proxy's cookie check to the /api/v1 route itself, so each
// such route must refuse a token that is not one, an empty one too. Every route handler found in
// the code is asked.
test("every script API route refuses a forged or empty bearer token with 401 and shows nothing", async ({
  playwright,
  baseURL,
}) => {
  const routes = fillPageRoutes(
    findApiRoutes().filter((route) => route.startsWith("/api/v1/")),
    { mediaId: "forgedmediaid", jobId: randomUUID(), runId: randomUUID() },
  );
  expect(routes.length, "the script API routes are found").toBeGreaterThanOrEqual(8);
  for (const authorization of [
    "Bearer sct_forgedforgedforgedforgedforgedforgedforged",
    "Bearer ",
  ]) {
    const script = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
      extraHTTPHeaders: { Authorization: authorization },
    });
    for (const route of routes) {
      for (const method of methodsOfApiRoute(route.pattern)) {
        const answer = await script.fetch(route.path, { method, maxRedirects: 0, data: "{}" });
        const where = `${method} ${route.pattern} with "${authorization}"`;
        expect(answer.status(), where).toBe(401);
        expect(await answer.text(), where).toBe("This API token is not valid.\n");
      }
    }
    await script.dispose();
  }
});
