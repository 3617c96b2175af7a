import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { shownRows } from "../fixtures/lists";

test.use({ storageState: storageStates.admin });

const serverName = () => e2eUsers.admin.id.split(":")[1] ?? "";

test("search, sort, page and reload the users list, then open a user", async ({ page }) => {
  // Other specs register users at the same time, so everything here is filtered by this prefix.
  const prefix = `ulist${randomBytes(3).toString("hex")}`;
  const users = [];
  for (let i = 0; i < 3; i++) users.push(await registerUniqueUser(prefix));
  const ids = users.map((user) => user.id).sort();
  const rows = shownRows(page, "user-row");

  await page.goto("/users");
  // "/" takes the keyboard to the list's search, as on GitHub.
  await page.locator("main").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("/");
  await expect(page.getByLabel("Search user ID or display name")).toBeFocused();
  await page.keyboard.type(prefix);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("users-total")).toHaveText("3 users match");
  await expect(rows).toHaveCount(3);
  await expect(rows.locator("td[data-column=user]")).toHaveText(ids);

  // Descending by user ID (applied as it is chosen), then the URL alone must bring it back.
  await page.getByLabel("Order").selectOption("desc");
  await expect(page).toHaveURL(/dir=desc/);
  await expect(rows.locator("td[data-column=user]")).toHaveText([...ids].reverse());
  await page.reload();
  await expect(page.getByLabel("Search user ID or display name")).toHaveValue(prefix);
  await expect(rows.locator("td[data-column=user]")).toHaveText([...ids].reverse());

  // Three users fit one page of any size, so paging is checked through from= offsets, which is
  // what Next/Previous write.
  await page.goto(`/users?q=${prefix}&from=2`);
  await expect(page.getByTestId("users-range")).toHaveText("User 3 of 3");
  await expect(rows).toHaveCount(1);
  await expect(rows.locator("td[data-column=user]")).toHaveText([ids[2] ?? ""]);
  await page.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Next" })).toHaveCount(0);

  // One match is counted in the singular.
  const second = ids[1] ?? "";
  await page.goto(`/users?q=${encodeURIComponent(second.slice(1, second.indexOf(":")))}`);
  await expect(page.getByTestId("users-total")).toHaveText("1 user matches");
  await page.goto(`/users?q=${prefix}`);

  // Open the first user's page: their display name and their registration device show.
  const synapse = await synapseAsAdmin();
  const profile = await synapse.users.get(ids[0] ?? "");
  const { devices } = await synapse.devices.list(ids[0] ?? "");
  expect(devices.length).toBeGreaterThan(0);
  await page.getByRole("link", { name: ids[0] }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ids[0] ?? "");
  await expect(page.getByText(profile.displayname ?? "", { exact: true })).toBeVisible();
  const deviceTable = page.getByRole("table", { name: "Devices" });
  await expect(deviceTable).toContainText(devices[0]?.device_id ?? "");
});

test("a user who does not exist gets a clear message, not a crash", async ({ page }) => {
  const ghost = `@ghost-${randomBytes(4).toString("hex")}:${serverName()}`;
  const response = await page.goto(`/users/${encodeURIComponent(ghost)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found-message")).toHaveText(
    `No user ${ghost} on this homeserver.`,
  );
});

test("filter by user type and hide locked users", async ({ page }) => {
  const prefix = `utype${randomBytes(3).toString("hex")}`;
  const [bot, locked, plain] = [
    await registerUniqueUser(prefix),
    await registerUniqueUser(prefix),
    await registerUniqueUser(prefix),
  ];
  const synapse = await synapseAsAdmin();
  await synapse.users.update(bot?.id ?? "", { user_type: "bot" });
  await synapse.users.update(locked?.id ?? "", { locked: true });
  const shown = shownRows(page, "user-row").locator("td[data-column=user]");

  // Locked users are listed by default (Synapse itself leaves them out unless asked).
  await page.goto(`/users?q=${prefix}`);
  await expect(shown).toHaveText([bot, locked, plain].map((user) => user?.id ?? "").sort());

  await page.getByLabel("User type").selectOption("bot");
  await expect(page).toHaveURL(/type=bot/);
  await expect(shown).toHaveText([bot?.id ?? ""]);

  await page.getByLabel("User type").selectOption("normal");
  await expect(page).toHaveURL(/type=normal/);
  await page.getByLabel("Hide locked").check();
  await expect(page).toHaveURL(/hideLocked=1/);
  await expect(shown).toHaveText([plain?.id ?? ""]);
});

test("First and Last take a long list to its ends, and are offered only where they lead further", async ({
  page,
}) => {
  // 51 users of their own: three pages of 25, the last holding one.
  const prefix = `uends${randomBytes(3).toString("hex")}`;
  await Promise.all(Array.from({ length: 51 }, () => registerUniqueUser(prefix)));
  const pages = page.getByRole("navigation", { name: "Pages" });
  const range = page.getByTestId("users-range");

  await page.goto(`/users?q=${prefix}&limit=25`);
  await expect(range).toHaveText("Users 1–25 of 51");
  await expect(pages.getByRole("link")).toHaveText(["Next", "Last"]);

  await pages.getByRole("link", { name: "Last" }).click();
  await expect(range).toHaveText("User 51 of 51");
  await expect(page).toHaveURL(/from=50/);
  await expect(pages.getByRole("link")).toHaveText(["First", "Previous"]);

  await pages.getByRole("link", { name: "First" }).click();
  await expect(range).toHaveText("Users 1–25 of 51");
  await expect(page).not.toHaveURL(/from=/);
});
