import { expect, test } from "@playwright/test";
import { seedEveryPageRoute } from "../fixtures/every-page";
import { storageStates } from "../fixtures/sign-in";

test.use({ storageState: storageStates.admin });

const DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const policy = headers["content-security-policy"] ?? "";
  for (const directive of DIRECTIVES) expect(policy, what).toContain(directive);
  expect(policy, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(policy, what).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // The test console's public URL is http: no HSTS (the unit test covers https).
  expect(headers["strict-transport-security"], what).toBeUndefined();
  return /'nonce-([^']+)'/.exec(policy)?.[1] ?? "";
}

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

// Every page found in the code, as an admin: besides the CSP, no page error either. A hydration
// mismatch (such as a block inside a <p>) makes React redo the page in the browser, and clicks in
// that window are lost.
test("every page works under the CSP: no console error, no CSP violation, no page error", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const routes = await seedEveryPageRoute("csp");

  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });

  for (const route of routes) {
    const response = await page.goto(route.path);
    expectSecurityHeaders(response?.headers() ?? {}, route.pattern);
    await expect(page.getByRole("heading", { level: 1 }).first(), route.pattern).toBeVisible();
    // Hydration and the client's first requests come after the HTML shows.
    await page.waitForLoadState("networkidle");
  }
  expect(problems).toEqual([]);

  // The policy is enforced and the listener above hears it: markup injected as an XSS would be,
  // with an inline event handler, does not run.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      "beforeend",
      '<img alt="" src="data:image/png;base64,AAAA" onerror="window.injectedByTest = true">',
    );
  });
  expect(await page.evaluate(() => "injectedByTest" in window)).toBe(false);
  await expect.poll(() => problems.some((line) => line.includes("CSP violation"))).toBe(true);
});
