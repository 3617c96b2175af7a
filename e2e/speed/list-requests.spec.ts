import { expect, test, type Page } from "@playwright/test";
import { storageStates } from "../fixtures/sign-in";

// Issue 14: a list view asked the console for 50–60 page renders it would likely never show, one
// prefetch per row and sort link. Links in lists and the sidebar now prefetch on intent (pointer
// or focus); only the pager's next page is fetched ahead. Loading a list view costs the page itself
// and at most 3 more requests to the console (its built files and icon aside).
test.use({ storageState: storageStates.admin });

const LISTS = [
  "/users",
  "/rooms",
  "/history",
  "/jobs",
  "/federation",
  "/reports",
  "/policy/versions",
];

/** Requests to the console itself (not its built files) while the view loads and settles. */
async function consoleRequestsOf(page: Page, path: string, baseURL: string) {
  const seen: string[] = [];
  const count = (url: string) => {
    const file = url.includes("/_next/static/") || /\/(icon\.svg|manifest\.webmanifest)$/.test(url);
    if (url.startsWith(baseURL) && !file) seen.push(url);
  };
  page.on("request", (request) => count(request.url()));
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // A list view's prefetches start once its links are in view; give them time to show.
  await page.waitForTimeout(1_500);
  page.removeAllListeners("request");
  return seen.slice(1);
}

test("a list view makes at most 3 requests to the console beyond the page itself", async ({
  page,
  baseURL,
}) => {
  const extra: Record<string, number> = {};
  for (const path of LISTS) {
    const requests = await consoleRequestsOf(page, path, baseURL!);
    extra[path] = requests.length;
    expect(requests.length, `${path}: ${requests.join(", ")}`).toBeLessThanOrEqual(3);
  }
  console.log(`[list-requests] extra requests per view: ${JSON.stringify(extra)}`);

  // Intent still prefetches: resting on a row's link fetches its page before the click.
  await page.goto("/users");
  const prefetched = page.waitForRequest((request) => request.url().includes("/users/"));
  await page.getByRole("table").getByRole("link").first().hover();
  await prefetched;
});
