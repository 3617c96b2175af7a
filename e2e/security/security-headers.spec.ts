import { expect, test } from "@playwright/test";
import { expectSecurityHeaders, logCspViolations } from "../fixtures/security-headers";
import { storageStates } from "../fixtures/sign-in";

test.use({ storageState: storageStates.admin });

test("pages, the proxy's redirects and the sign-in page carry the security headers; every script tag carries the response's own nonce", async ({
  page,
  browser,
}) => {
  const first = await page.request.get("/users");
  const nonce = expectSecurityHeaders(first.headers(), "/users");
  const html = await first.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  // Next's own scripts, its inline RSC payload and next-themes' inline script.
  expect(scriptTags.length).toBeGreaterThan(5);
  expect(scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  const second = await page.request.get("/users");
  expect(expectSecurityHeaders(second.headers(), "/users again")).not.toBe(nonce);

  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const turnedAway = await anonymous.request.get("/users", { maxRedirects: 0 });
  expect(turnedAway.status()).toBe(307);
  expectSecurityHeaders(turnedAway.headers(), "/users without a session");
  const signIn = await anonymous.request.get("/sign-in");
  expect(signIn.status()).toBe(200);
  expectSecurityHeaders(signIn.headers(), "/sign-in");
  await anonymous.close();
});

// The CSP is enforced, not only sent (every page's headers and its lack of violations are checked
// in every-page.spec.ts): markup injected as an XSS would be, with an inline event handler, does
// not run, and the browser reports the violation.
test("an inline event handler injected into a page does not run, and the violation is reported", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().startsWith("CSP violation")) violations.push(message.text());
  });
  await logCspViolations(page);
  await page.goto("/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);

  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      "beforeend",
      '<img alt="" src="data:image/png;base64,AAAA" onerror="window.injectedByTest = true">',
    );
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => "injectedByTest" in window)).toBe(false);
});
