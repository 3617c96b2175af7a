import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { formatByteSize } from "@/lib/format/byte-size";
import { shoot } from "../fixtures/shots";
import { consoleSql, grantConsoleRole } from "../fixtures/console-db";
import { signInInNewBrowser, storageStates } from "../fixtures/sign-in";
import { registerUniqueUser } from "../fixtures/synapse";
import { uploadAs } from "./media-upload";

test.use({ storageState: storageStates.operator });

/** Registers the users and has each upload its bytes, a few at a time. */
async function usersWithUploads(tag: string, count: number) {
  const users = [];
  for (let start = 0; start < count; start += 6) {
    const batch = Array.from({ length: Math.min(6, count - start) }, async (_, offset) => {
      const index = start + offset;
      const user = await registerUniqueUser(`${tag}-${String(index).padStart(2, "0")}`);
      await uploadAs(user.accessToken, 100_000 - index * 1_000);
      return user;
    });
    users.push(...(await Promise.all(batch)));
  }
  return users;
}

test("an operator reads the users using the most media, sorted and paged by Synapse, with a chart", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // Twenty-six users of our own, found by the tag: user 0 uploads the most bytes, user 25 the most
  // files, one more than a page of 25.
  const tag = `mstat${randomBytes(3).toString("hex")}`;
  const users = await usersWithUploads(tag, 26);
  const last = users[25]!;
  // Two small files more, keeping user 25 the smallest by bytes (75,600 < user 24's 76,000).
  await uploadAs(last.accessToken, 300);
  await uploadAs(last.accessToken, 300);

  // An operator of our own who reads 25 rows per page: the Media list follows that one setting.
  const reader = await registerUniqueUser("media-reader");
  await grantConsoleRole(reader.id, "operator");
  await consoleSql(
    `INSERT INTO person_preference (homeserver_id, matrix_id, page_size, updated_at)
     VALUES ('default', $1, 25, now())`,
    [reader.id],
  );
  const { context, page } = await signInInNewBrowser(browser, reader);
  await page.getByRole("navigation").getByRole("link", { name: "Media" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Media" })).toBeVisible();
  // Operators read; only admins are offered the clean-up.
  await expect(page.getByRole("link", { name: "Clean up media" })).toHaveCount(0);
  const pager = page.getByRole("navigation", { name: "User pages" });

  // The search applies as typed, with no button to press.
  await expect(page.getByRole("button", { name: "Show" })).toHaveCount(0);
  await page.getByLabel("User or display name contains").fill(tag);
  // Its links name a size other than 50, as the reports lists' do.
  await expect(page).toHaveURL(new RegExp(`/media\\?limit=25&q=${tag}$`));
  const rows = page.getByTestId("media-user-row");
  await expect(rows).toHaveCount(25);
  await expect(page.getByTestId("media-users-range")).toHaveText("Users 1–25 of 26");
  await expect(pager.getByLabel("Rows per page")).toHaveValue("25");
  // Largest first: user 0's 100,000 bytes, then user 1's 99,000.
  await expect(rows.first().getByRole("cell")).toHaveText([
    users[0]!.id,
    // Synapse gives a new user their localpart as display name.
    users[0]!.id.slice(1).split(":")[0]!,
    "1",
    formatByteSize(100_000),
  ]);
  await expect(rows.nth(1).getByRole("cell").first()).toHaveText(users[1]!.id);
  // The chart draws the ranking's head, and says so.
  const chart = page.getByTestId("media-users-chart");
  await expect(chart).toContainText("Total size of media, this page's first 10 users");
  const bars = page.getByTestId("media-users-chart-bar");
  await expect(bars).toHaveCount(10);
  await expect(bars.first()).toContainText(formatByteSize(100_000));
  await shoot(page, "media-statistics");

  // The next page is Synapse's: the twenty-sixth user alone.
  await pager.getByRole("link", { name: "Next" }).click();
  await expect(page.getByTestId("media-users-range")).toHaveText("User 26 of 26");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("cell").first()).toHaveText(last.id);
  await expect(chart).toContainText("Total size of media, this page's users");

  // Sorted by count, the user with three files comes first, and the chart counts files.
  await page
    .getByRole("table", { name: "Users by media" })
    .getByRole("link", { name: "Media", exact: true })
    .click();
  await expect(page).toHaveURL(/sort=media_count/);
  await expect(page.getByTestId("media-users-range")).toHaveText("Users 1–25 of 26");
  await expect(rows.first().getByRole("cell")).toHaveText([
    last.id,
    last.id.slice(1).split(":")[0]!,
    "3",
    formatByteSize(75_000 + 600),
  ]);
  await expect(chart).toContainText("Media uploaded");
  await expect(bars.first()).toContainText("3");

  // "Clear filters" keeps the sort and the size, and takes the search away.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/media\?sort=media_count&limit=25$/);
  await expect(page.getByLabel("User or display name contains")).toHaveValue("");

  // Each user links to their page.
  await page.goBack();
  await expect(page.getByLabel("User or display name contains")).toHaveValue(tag);
  await rows.first().getByRole("link", { name: last.id }).click();
  await expect(page).toHaveURL(`/users/${encodeURIComponent(last.id)}`);
  await context.close();
});

test("the users table filters by upload day, and refuses a range that ends before it starts", async ({
  page,
}) => {
  const tag = `mday${randomBytes(3).toString("hex")}`;
  const user = await registerUniqueUser(tag);
  await uploadAs(user.accessToken, 5_000);
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  await page.goto(`/media?q=${tag}`);
  // A day applies once chosen, and Back takes it away again.
  await page.getByLabel("Uploaded since (UTC)").fill(today);
  await expect(page).toHaveURL(new RegExp(`/media\\?q=${tag}&since=${today}$`));
  await expect(page.getByTestId("media-user-row")).toHaveCount(1);
  await page.getByLabel("Uploaded until (UTC)").fill(yesterday);
  await expect(page).toHaveURL(new RegExp(`&since=${today}&until=${yesterday}$`));
  await expect(page.getByRole("alert").filter({ hasText: "time range" })).toContainText(
    "“Uploaded until” must be the same day as “Uploaded since” or later.",
  );
  await page.goBack();
  await expect(page.getByLabel("Uploaded since (UTC)")).toHaveValue(today);
  await expect(page.getByLabel("Uploaded until (UTC)")).toHaveValue("");
  await expect(page.getByTestId("media-user-row")).toHaveCount(1);
  await page.goto(`/media?q=${tag}&until=${yesterday}`);
  await expect(page.getByTestId("media-users-empty")).toHaveText(
    "No user has uploaded media that matches.",
  );
});

test("the largest rooms say why Synapse cannot estimate them on SQLite", async ({ page }) => {
  await page.goto("/media");
  const rooms = page.getByRole("region", { name: "Largest rooms" });
  await expect(rooms.getByTestId("largest-rooms-unsupported")).toHaveText(
    "Synapse estimates room sizes only when it runs on PostgreSQL; this homeserver runs on SQLite, so it cannot say which rooms are largest.",
  );
});

test("an operator is sent away from the clean-up page, which is for admins", async ({ page }) => {
  await page.goto("/media/cleanup");
  await expect(page).toHaveURL(/\/needs-role\?role=admin$/);
});
