import { expect, test, type Page } from "@playwright/test";
import { seedEventReport } from "../fixtures/reports";
import { expectOverview, signInWithPassword, storageStates } from "../fixtures/sign-in";
import { registerUniqueUser } from "../fixtures/synapse";
import { shownRows } from "../fixtures/lists";

test.use({ storageState: storageStates.admin });

/** Any control that would change Synapse, by the verbs the console's buttons use. */
const MUTATING =
  /create|lock|suspend|shadow|ban|delete|deactivate|reactivate|reset|block|publish|purge|join|make|set |edit|grant|revoke|rate/i;

async function expectNoMutatingControls(page: Page) {
  await expect(page.getByRole("main").getByRole("button", { name: MUTATING })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /^Select/ })).toHaveCount(0);
}

test("a viewer reads users, rooms and reports but is offered no control that changes anything", async ({
  page,
  browser,
}) => {
  // Signs two people in and walks every list and detail page as each: more than the default minute
  // when the machine is busy.
  test.setTimeout(150_000);
  const viewer = await registerUniqueUser("readonly");
  const { roomId, reporter } = await seedEventReport({ body: "spam", reason: "viewer check" });
  await page.goto("/settings");
  await page.getByLabel("Matrix user ID").fill(viewer.id);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Grant role" }).click();
  await expect(page.getByRole("table", { name: "Console roles" })).toContainText(viewer.id);

  // The same pattern finds the controls an admin is offered, so its absence below means something.
  for (const path of [
    `/users/${encodeURIComponent(reporter.id)}`,
    `/rooms/${encodeURIComponent(roomId)}`,
  ]) {
    await page.goto(path);
    await expect(
      page.getByRole("main").getByRole("button", { name: MUTATING }).first(),
    ).toBeVisible();
  }

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signInWithPassword(viewerPage, viewer.id, viewer.password);
  await expectOverview(viewerPage);

  await viewerPage.goto(`/users?q=${encodeURIComponent(reporter.id.slice(1, 12))}`);
  await expect(viewerPage.getByRole("link", { name: reporter.id })).toBeVisible();
  await expectNoMutatingControls(viewerPage);

  await viewerPage.goto(`/users/${encodeURIComponent(reporter.id)}`);
  await expect(viewerPage.getByRole("heading", { level: 1 })).toHaveText(reporter.id);
  await expectNoMutatingControls(viewerPage);

  await viewerPage.goto("/rooms");
  await expect(shownRows(viewerPage, "room-row").first()).toBeVisible();
  await expectNoMutatingControls(viewerPage);

  await viewerPage.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await expect(viewerPage.getByText(roomId).first()).toBeVisible();
  await expectNoMutatingControls(viewerPage);

  await viewerPage.goto(`/reports?room=${encodeURIComponent(roomId)}`);
  await expect(viewerPage.getByTestId("report-row")).toContainText("viewer check");
  await expectNoMutatingControls(viewerPage);
  await viewerPage.getByTestId("report-row").getByRole("link").first().click();
  await expect(viewerPage.getByText("viewer check").first()).toBeVisible();
  await expectNoMutatingControls(viewerPage);
  await context.close();
});
