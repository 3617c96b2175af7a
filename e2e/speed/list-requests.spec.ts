import { expect, test, type Page, type Request } from "@playwright/test";
import { trackOpenRequests, waitForQuietNetwork } from "../fixtures/quiet-network";
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
  const open = trackOpenRequests(page);
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await waitForQuietNetwork(page, path, open, 20_000);
  // A list view's prefetches start once its links are in view; give them time to show.
  await page.waitForTimeout(1_500);
  page.removeAllListeners("request");
  return seen.slice(1);
}

// One test per list, so a slow answer on one view has its own time budget and names its view.
for (const path of LISTS) {
  test(`${path} makes at most 3 requests to the console beyond the page itself`, async ({
    page,
    baseURL,
  }) => {
    const requests = await consoleRequestsOf(page, path, baseURL!);
    console.log(`[list-requests] ${path}: ${requests.length} extra`);
    expect(requests.length, `${path}: ${requests.join(", ")}`).toBeLessThanOrEqual(3);
  });
}

test("intent still prefetches: resting on a row's link fetches its page before the click", async ({
  page,
}) => {
  await page.goto("/users");
  const prefetched = page.waitForRequest((request) => request.url().includes("/users/"));
  await page.getByRole("table").getByRole("link").first().hover();
  await prefetched;
});

// A prefetch started by the pointer that clicks was a second render of the same page on the
// server, competing with the navigation's own: a link followed before the pointer rests on it is
// fetched once, by the navigation.
test("a link clicked before the pointer rests on it is fetched once", async ({ page }) => {
  await page.goto("/users");
  const links = [
    { name: "a row's link", link: page.getByRole("table").getByRole("link").first() },
    {
      name: "a sidebar link",
      link: page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Rooms", exact: true }),
    },
  ];
  const open = trackOpenRequests(page);
  for (const { name, link } of links) {
    const path = await link.getAttribute("href");
    const fetches: string[] = [];
    // The page it opens may fetch its own next page ahead (a user's media): same path, its own query.
    const note = (request: Request) => {
      const url = new URL(request.url());
      url.searchParams.delete("_rsc"); // the router's cache key, not part of the page's address
      if (url.pathname + url.search === path && request.headers()["rsc"] === "1") {
        fetches.push(request.headers()["next-router-prefetch"] ? "prefetch" : "navigation");
      }
    };
    page.on("request", note);
    await link.click();
    await page.waitForURL((url) => url.pathname === path);
    await waitForQuietNetwork(page, `${name}: ${path}`, open, 20_000);
    page.off("request", note);
    expect(fetches, name).toEqual(["navigation"]);
    await page.goto("/users");
  }
});
