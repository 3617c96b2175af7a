import { expect, test, type Page } from "@playwright/test";
import type { Trouble } from "@/lib/synapse/testing/synapse-proxy";
import { startCountedConsole } from "../fixtures/counted-console";
import { seedEventReport } from "../fixtures/reports";
import { shoot } from "../fixtures/shots";
import { expectOverview, signInWithPassword } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { seedAttention } from "./seed-attention";

// Issue 14: the overview answers "is anything wrong?" at a glance. A console of its own, so its
// database holds exactly the situation seeded here (the shared one's counts move with every other
// spec), in front of a proxy that can stop Synapse while the database still answers.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const trouble: Trouble = {};
let own: Awaited<ReturnType<typeof startCountedConsole>> | undefined;
let admin: Awaited<ReturnType<typeof registerUniqueUser>>;
let planId = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  own = await startCountedConsole({ name: "overview", portOffset: 8, trouble });
  admin = await registerUniqueUser("overview-admin", { admin: true });
  ({ planId } = await seedAttention(own.databaseUrl, admin.id.split(":")[1] ?? ""));
  await seedEventReport({ body: "overview message", reason: "overview check" });
});

test.afterAll(() => own?.stop());

const consoleUrl = (path: string) => `${own?.url ?? ""}${path}`;
const tile = (page: Page, id: string) => page.getByTestId(`attention-${id}`);

type Expected = { count: number; sentence: string; tone: string; href: string };

/** The tiles the seeded database makes, whoever looks. */
const EXPECTED: Record<string, () => Expected> = {
  devices: () => ({
    count: 3,
    sentence: "3 stale devices of 2 users in the snapshot taken 2 hours ago",
    tone: "warning",
    href: "/devices?staleDays=90&staleKeep=1",
  }),
  tokens: () => ({
    count: 3,
    sentence: "2 accounts due for rotation (1 whose last rotation failed), 1 overdue revocation",
    tone: "warning",
    href: "/tokens?due=1",
  }),
  jobs: () => ({
    count: 3,
    sentence: "1 failed run in the last 7 days, 2 runs waiting",
    tone: "warning",
    href: "/jobs",
  }),
  policy: () => ({
    count: 2,
    sentence: "2 actions of drift, found 3 hours ago",
    tone: "warning",
    href: `/policy/plans/${planId}`,
  }),
};

async function expectTile(page: Page, id: string, expected: Expected) {
  const shown = tile(page, id);
  await expect(shown).toHaveAttribute("href", expected.href);
  await expect(shown).toHaveAttribute("data-tone", expected.tone);
  await expect(shown.getByTestId("attention-count")).toHaveText(String(expected.count));
  await expect(shown.getByTestId("attention-sentence")).toHaveText(expected.sentence);
}

async function expectSeededTiles(page: Page) {
  for (const [id, expected] of Object.entries(EXPECTED)) await expectTile(page, id, expected());
}

/** The event reports tile's count, which lies between two reads of Synapse's total around it. */
async function expectReportsTile(page: Page) {
  const synapse = await synapseAsAdmin();
  const before = (await synapse.eventReports.list({ limit: 1 })).total;
  await page.goto(consoleUrl("/"));
  const after = (await synapse.eventReports.list({ limit: 1 })).total;
  const reports = tile(page, "reports");
  const count = Number(
    (await reports.getByTestId("attention-count").innerText()).replace(/,/g, ""),
  );
  expect(count).toBeGreaterThanOrEqual(Math.max(before, 1));
  expect(count).toBeLessThanOrEqual(after);
  await expect(reports).toHaveAttribute("href", "/reports");
  await expect(reports).toHaveAttribute("data-tone", "warning");
  await expect(reports.getByTestId("attention-sentence")).toHaveText(
    `${count.toLocaleString("en")} open event report${count === 1 ? "" : "s"}`,
  );
}

test("an admin sees what needs a look, counted, and each tile opens the page that lists it", async ({
  page,
}) => {
  await signInWithPassword(page, admin.id, admin.password, own?.url);
  await expectOverview(page);
  await expectReportsTile(page);
  await expectSeededTiles(page);
  await expect(page.getByRole("region", { name: "Homeserver" })).toBeVisible();
  await shoot(page, "overview-admin");

  // The Devices page's dry run, of the same rule on the same snapshot, lists what was counted.
  await tile(page, "devices").click();
  await expect(page.getByTestId("stale-counts")).toContainText(
    "3 devices of 2 users would be revoked",
  );
  await page.goto(consoleUrl("/"));
  await tile(page, "policy").click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Plan of policy version 1" }),
  ).toBeVisible();
  await page.goto(consoleUrl("/"));
  await tile(page, "jobs").click();
  // The seeded runs, the old failure too (the tile leaves it out as over a week old).
  await expect(page.getByRole("table", { name: "Recent runs" }).getByTestId("run-row")).toHaveCount(
    4,
  );
  await page.goto(consoleUrl("/"));
  await tile(page, "reports").click();
  await expect(page.getByTestId("reports-total")).toBeVisible();
});

test("a viewer sees the same tiles, their pages open to them, and the change that made them a viewer", async ({
  page,
  browser,
}) => {
  const viewer = await registerUniqueUser("overview-viewer");
  await signInWithPassword(page, admin.id, admin.password, own?.url);
  await expectOverview(page);
  await page.goto(consoleUrl("/settings"));
  await page.getByLabel("Matrix user ID").fill(viewer.id);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Grant role" }).click();
  await expect(page.getByRole("table", { name: "Console roles" })).toContainText(viewer.id);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signInWithPassword(viewerPage, viewer.id, viewer.password, own?.url);
  await expectOverview(viewerPage);
  await expectReportsTile(viewerPage);
  await expectSeededTiles(viewerPage);
  // The latest changes as sentences, each a link to its History entry.
  const grant = viewerPage
    .getByRole("table", { name: "Audit log" })
    .getByRole("link", { name: new RegExp(`gave ${viewer.id} the viewer role`, "i") });
  await expect(grant).toHaveAttribute("href", /^\/history\/\d+$/);
  await shoot(viewerPage, "overview-viewer");

  await tile(viewerPage, "tokens").click();
  await expect(viewerPage).toHaveURL(/\/tokens\?due=1$/);
  await expect(viewerPage.getByRole("heading", { level: 1, name: "Tokens" })).toBeVisible();
  await viewerPage.goto(consoleUrl("/"));
  await tile(viewerPage, "devices").click();
  await expect(viewerPage.getByTestId("stale-counts")).toContainText(
    "3 devices of 2 users would be revoked",
  );
  await viewerPage.goto(consoleUrl("/"));
  await grant.click();
  await expect(viewerPage).toHaveURL(/\/history\/\d+$/);
  await context.close();
});

test("with Synapse stopped, its tiles say they could not read it and the others still count", async ({
  page,
}) => {
  await signInWithPassword(page, admin.id, admin.password, own?.url);
  await expectOverview(page);
  trouble.stopped = true;
  try {
    await page.goto(consoleUrl("/"));
    await expect(page.getByText("The homeserver did not answer")).toBeVisible();
    const reports = tile(page, "reports");
    await expect(reports).toHaveAttribute("data-tone", "problem");
    await expect(reports.getByTestId("attention-sentence")).toHaveText(/^Could not read: .+/);
    await expectSeededTiles(page);
    await shoot(page, "overview-synapse-down");
  } finally {
    trouble.stopped = false;
  }
});
