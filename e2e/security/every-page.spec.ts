import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { NOT_FOUND_PATTERNS, type PageRoute } from "../fixtures/app-routes";
import { seedEveryPageRoute } from "../fixtures/every-page";
import { expectSecurityHeaders, logCspViolations } from "../fixtures/security-headers";
import { trackOpenRequests, waitForQuietNetwork } from "../fixtures/quiet-network";
import { storageStates } from "../fixtures/sign-in";

// What must hold on every page, checked in one visit of each: the pages are read from app/, so a
// new page is in. As an admin (every control shown), each page
// - carries the security headers, and runs under its CSP with no console error, CSP violation or
//   page error (a hydration mismatch, such as a block inside a <p>, makes React redo the page in
//   the browser, and clicks in that window are lost);
// - has no serious or critical accessibility violation by axe's WCAG 2.1 A and AA rules (issue 14).
// In parts that run side by side: one test of all of them outgrew its minutes on CI's loaded machine.
test.use({ storageState: storageStates.admin });
test.describe.configure({ mode: "parallel" });

const PARTS = 4;

for (let part = 0; part < PARTS; part++) {
  test(`every page works under the CSP with no error and no serious accessibility violation (part ${part + 1} of ${PARTS})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const routes = (await seedEveryPageRoute(`every${part}`)).filter(
      (_, index) => index % PARTS === part,
    );
    expect(routes.length).toBeGreaterThan(0);
    const problems = await listenForPageProblems(page);
    const inFlight = trackOpenRequests(page);
    const violations: string[] = [];
    for (const route of routes) {
      const response = await page.goto(route.path);
      // A page filled with an ID that names nothing is its not-found page, which must hold too.
      if (NOT_FOUND_PATTERNS.has(route.pattern))
        expect(response?.status(), route.pattern).toBe(404);
      else expect(response?.status(), route.pattern).toBeLessThan(400);
      expectSecurityHeaders(response?.headers() ?? {}, route.pattern);
      await expect(page.getByRole("heading", { level: 1 }).first(), route.pattern).toBeVisible();
      // Hydration and the client's first requests come after the HTML shows.
      await waitForQuietNetwork(page, route.pattern, inFlight);
      violations.push(...(await seriousViolations(page, route)));
    }
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
  });
}

/** Console errors, page errors and CSP violations from now on, each with the page's URL. */
async function listenForPageProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // The browser logs a not-found page's own 404 as an error; its status is checked per page.
    const ownStatus =
      message.location().url === page.url() && message.text().includes("status of 404");
    if (!ownStatus) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  await logCspViolations(page);
  return problems;
}

async function seriousViolations(page: Page, route: PageRoute): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const where = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join("; ");
      return `${route.pattern}: ${violation.id} (${violation.impact}) at ${where}`;
    });
}
