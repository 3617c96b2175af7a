import { expect, test } from "@playwright/test";
import { storageStates } from "../fixtures/sign-in";

// Issue 14: an admin console is never indexed. robots.txt disallows everything, without a session;
// every kind of response says noindex: a page, a built script, a public file, the proxy's
// redirect, an API answer. The icon and the manifest come from public/.
test.use({ storageState: storageStates.admin });

const NOINDEX = "noindex, nofollow";

test("robots.txt disallows all, and every response carries X-Robots-Tag: noindex", async ({
  page,
  browser,
}) => {
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const robots = await anonymous.request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toBe("User-agent: *\nDisallow: /\n");
  expect(robots.headers()["x-robots-tag"]).toBe(NOINDEX);

  const manifest = await anonymous.request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({
    name: "Synapse Console",
    icons: [{ src: "/icon.svg" }],
  });
  const icon = await anonymous.request.get("/icon.svg", { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");

  const redirect = await anonymous.request.get("/users", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["x-robots-tag"]).toBe(NOINDEX);
  const api = await anonymous.request.get("/api/v1/users", { maxRedirects: 0 });
  expect(api.headers()["x-robots-tag"]).toBe(NOINDEX);
  await anonymous.close();

  const scripts: string[] = [];
  page.on("response", (response) => {
    if (
      response.url().includes("/_next/static/") &&
      response.headers()["x-robots-tag"] === NOINDEX
    ) {
      scripts.push(response.url());
    }
  });
  const response = await page.goto("/users");
  expect(response?.headers()["x-robots-tag"]).toBe(NOINDEX);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    "href",
    "/manifest.webmanifest",
  );
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/icon.svg");
  // The built files skip the proxy; next.config.ts sets the header on them.
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
});
