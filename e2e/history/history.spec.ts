import { expect, test } from "@playwright/test";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";

test.use({ storageState: storageStates.operator });

test("an operator's change is in the History: filtered by actor and action, its entry from → to, its target, the user's own history", async ({
  page,
}) => {
  const user = await registerUniqueUser("history");
  const before = (await (await synapseAsAdmin()).users.get(user.id)).displayname ?? "";
  const name = `Historic ${Date.now()}`;
  const sentence = `edited the profile of ${user.id} (display name)`;

  await test.step("the change is made on the user's page", async () => {
    await openUserPage(page, user.id);
    await page.getByRole("button", { name: "Edit profile" }).click();
    await page.getByRole("dialog").getByLabel("Display name").fill(name);
    await page.getByRole("dialog").getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText(`The profile of ${user.id} was saved.`)).toBeVisible();
  });

  await test.step("the History filtered by actor and action prefix shows it", async () => {
    await page.getByRole("link", { name: "History", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
    // Each field applies once typing pauses; there is no Apply button.
    await expect(page.getByRole("button", { name: /^Apply/ })).toBeHidden();
    await page.getByLabel("Actor").fill(e2eUsers.operator.id);
    await expect(page).toHaveURL(new RegExp(`actor=${encodeURIComponent(e2eUsers.operator.id)}`));
    await page.getByLabel("Action starts with").fill("user.update");
    await expect(page).toHaveURL(/action=user\.update/);
    const rows = page.getByRole("table", { name: "Audit log" }).getByTestId("history-row");
    await expect(rows.filter({ hasText: sentence })).toHaveCount(1);
    // Every row is the operator's and an action under the prefix: the filters did narrow.
    for (const text of await rows.allInnerTexts()) {
      expect(text).toContain(e2eUsers.operator.id);
      expect(text).toContain("user.update");
    }
    await expect(rows.first()).toContainText("operator");
    await shoot(page, "history-filtered");

    // The filter is the URL: going back and forth brings the fields back.
    await page.goBack();
    await expect(page.getByLabel("Action starts with")).toHaveValue("");
    await expect(page.getByLabel("Actor")).toHaveValue(e2eUsers.operator.id);
    await page.goBack();
    await expect(page.getByLabel("Actor")).toHaveValue("");
    await page.goForward();
    await page.goForward();
    await expect(page.getByLabel("Actor")).toHaveValue(e2eUsers.operator.id);
    await expect(page.getByLabel("Action starts with")).toHaveValue("user.update");
  });

  await test.step("the entry shows the display name from → to", async () => {
    await page.getByRole("link", { name: sentence }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^History entry \d+$/);
    await expect(page.getByTestId("entry-sentence")).toHaveText(
      `${e2eUsers.operator.id} ${sentence}`,
    );
    const change = page.getByRole("table", { name: "Changes" }).getByRole("row", {
      name: /displayname/,
    });
    // The arrow between before and after is drawn for the eye only (aria-hidden).
    await expect(change.getByRole("cell")).toHaveText(["displayname", `“${before}”`, `“${name}”`]);
    await expect(page.getByTestId("entry-input")).toContainText(`“${name}”`);
    // Where the entry and its outcome sit in the hash chain, as an export records them.
    const chain = page.getByTestId("entry-chain");
    await expect(chain).toContainText(/Entry #\d+, hash [0-9a-f]{16}…/);
    await expect(chain).toContainText(/Outcome #\d+, hash [0-9a-f]{16}…/);
    await shoot(page, "history-entry");
  });

  await test.step("the target link leads to the user, whose page shows its own history", async () => {
    await page.getByRole("link", { name: user.id, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: user.id })).toBeVisible();
    const history = page.getByRole("table", { name: "Audit log" });
    await expect(history.getByTestId("history-row").filter({ hasText: sentence })).toHaveCount(1);
    await shoot(page, "user-history");
    await page.getByRole("link", { name: "See all in History" }).click();
    await expect(page).toHaveURL(`/history?targetType=user&target=${encodeURIComponent(user.id)}`);
    await expect(page.getByLabel("Target ID")).toHaveValue(user.id);
    await expect(page.getByTestId("history-row")).toHaveCount(1);
  });
});

test("a refused filter value is shown on its field with the reason, and nothing is listed", async ({
  page,
}) => {
  await page.goto("/history?run=not-a-run&from=yesterday&actor=%40operator");
  await expect(page.getByText("Job run ID: a job run's ID")).toBeVisible();
  await expect(
    page.getByText('From (UTC): "yesterday" is not a date, such as 2026-12-01'),
  ).toBeVisible();
  await expect(page.getByLabel("Job run ID")).toHaveAttribute("aria-invalid", "true");
  // The refused values stay in their fields to be fixed; the one that parsed is kept too.
  await expect(page.getByLabel("From (UTC)")).toHaveValue("yesterday");
  await expect(page.getByLabel("Actor")).toHaveValue("@operator");
  await expect(page.getByTestId("history-filter-refused")).toBeVisible();
  await expect(page.getByRole("table", { name: "Audit log" })).toHaveCount(0);
  await shoot(page, "history-refused");
});

test("an entry ID that names no entry is not found, whatever its shape", async ({ page }) => {
  for (const id of ["999999999999", "not-an-id", "99999999999999999999"]) {
    const response = await page.goto(`/history/${id}`);
    // The entry's not-found page, with its status now that no loading skeleton starts the stream first.
    expect(response?.status(), id).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), id).toHaveText("History entry not found");
    await expect(page.getByTestId("not-found-message"), id).toHaveText(`No History entry ${id}.`);
  }
});
