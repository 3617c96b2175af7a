import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { findNoticesOf } from "@/lib/synapse/testing/server-notice-room";
import { findAuditRecords } from "../fixtures/audit";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseUrl } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";
import { shownRows } from "../fixtures/lists";

test.use({ storageState: storageStates.operator });

const http = () =>
  createSynapseHttp({ baseUrl: synapseUrl(), timeoutMs: 15_000, maxRetryWaitMs: 10_000 });

/** The bodies of the notices a user has, read through Synapse's admin API by an admin of its own. */
async function noticesOf(userId: string): Promise<string[]> {
  const checker = await registerUniqueUser("notice-check", { admin: true });
  const notices = await findNoticesOf(http(), checker.accessToken, userId);
  return notices.map((notice) => notice.body);
}

/** Registers users under a prefix no other test uses, and lists exactly them on the users page. */
async function listFreshUsers(page: Page, label: string, count: number) {
  const prefix = `${label}${randomBytes(4).toString("hex")}`;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await registerUniqueUser(prefix)).id);
  await page.goto("/users");
  await page.getByLabel("Search user ID or display name").fill(prefix);
  // The list follows the search once typing pauses.
  await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
  await expect(shownRows(page, "user-row")).toHaveCount(count);
  return ids.sort();
}

test("an operator sends one user a server notice from their page", async ({ page }) => {
  const user = await registerUniqueUser("notice-one");
  const body = `Your mailbox moves tonight (${randomBytes(3).toString("hex")}).`;
  await expect(await openUserPage(page, user.id)).toBeVisible();

  await page.getByRole("button", { name: "Send server notice" }).click();
  const dialog = page.getByRole("dialog", { name: `Send a server notice to ${user.id}` });
  await dialog.getByRole("button", { name: "Send notice" }).click();
  await expect(dialog.getByText("The notice must not be empty.")).toBeVisible();
  await dialog.getByLabel("Notice").fill(body);
  await dialog.getByRole("button", { name: "Send notice" }).click();
  await expect(page.getByText(`Server notice sent to ${user.id}.`)).toBeVisible();
  await expect(dialog).toHaveCount(0);

  expect(await noticesOf(user.id)).toEqual([body]);
  expect(await findAuditRecords("user.send_server_notice", user.id)).toMatchObject([
    { actor_id: e2eUsers.operator.id, outcome: "success", input: { userId: user.id, body } },
  ]);
  // The user page's History names it with the text.
  await page.reload();
  await expect(page.getByText(`sent a server notice to ${user.id}: “${body}”`)).toBeVisible();
});

test("an operator sends a notice to the selected users, as a job with each user's result", async ({
  page,
}) => {
  const ids = await listFreshUsers(page, "nsel", 3);
  const body = `Planned downtime on Sunday ${randomBytes(3).toString("hex")}`;
  await page.getByLabel("Select all on this page").check();
  const toolbar = page.getByRole("toolbar", { name: "Bulk actions" });
  await toolbar.getByRole("button", { name: "Send notice" }).click();
  const dialog = page.getByRole("dialog", { name: "Send a server notice" });
  await expect(dialog).toContainText("Sends the notice to 3 users");
  await dialog.getByLabel("Notice").fill(body);
  await dialog.getByRole("button", { name: "Send to 3 users" }).click();

  await expect(dialog.getByTestId("bulk-summary")).toHaveText("3 of 3 done.");
  await expect(dialog.getByTestId("bulk-result")).toHaveText(ids);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, "server-notice-many-results", { viewport: true });
  const runHref = await dialog.getByRole("link", { name: "the run's page" }).getAttribute("href");
  const runId = runHref?.split("/").pop() ?? "";

  for (const id of ids) {
    expect(await noticesOf(id)).toEqual([body]);
    expect(await findAuditRecords("user.send_server_notice", id)).toMatchObject([
      {
        actor_id: `job:${runId}`,
        outcome: "success",
        input: { userId: id, body, requestedBy: e2eUsers.operator.id },
      },
    ]);
  }
  const requests = await findAuditRecords("user.bulk_server_notice", "users-bulk");
  expect(requests.filter((row) => JSON.stringify(row.input).includes(body))).toMatchObject([
    {
      actor_id: e2eUsers.operator.id,
      outcome: "success",
      input: { recipients: { userIds: ids }, body },
    },
  ]);
});

test("an operator sends a notice to every user matching the list's filters", async ({ page }) => {
  const ids = await listFreshUsers(page, "nall", 2);
  const body = `To everyone matching ${randomBytes(3).toString("hex")}`;
  await page.getByRole("button", { name: "Notice to all matching" }).click();
  const dialog = page.getByRole("dialog", { name: "Send a server notice" });
  await expect(dialog).toContainText("every user the list's filters match, active users whose ID");
  await expect(dialog).toContainText("(2 users now;");
  await dialog.getByLabel("Notice").fill(body);
  await dialog.getByRole("button", { name: "Send to 2 users" }).click();
  await expect(dialog.getByTestId("bulk-summary")).toHaveText("2 of 2 done.");
  await expect(dialog.getByTestId("bulk-result")).toHaveText(ids);
  for (const id of ids) expect(await noticesOf(id)).toEqual([body]);
});

test("“Notice to all matching” says why it cannot be sent: nobody matches, or the search shown is not the one asked for", async ({
  page,
}) => {
  await listFreshUsers(page, "nwhy", 1);
  const button = page.getByRole("button", { name: "Notice to all matching" });
  await expect(button).toBeEnabled();
  await expect(button).not.toHaveAttribute("title");

  const search = page.getByLabel("Search user ID or display name");
  await search.fill(`nobody${randomBytes(4).toString("hex")}`);
  await expect(page.getByTestId("users-total")).toHaveText("0 users match");
  await expect(button).toBeDisabled();
  await expect(button).toHaveAttribute("title", "No user to send it to.");

  // The next search cannot be read: the list keeps the last one, and the button says so.
  await page.route(/\/api\/v1\/users\?/, (route) => route.abort());
  await search.fill("admin");
  await expect(page.getByText("Could not list users")).toBeVisible();
  await expect(button).toBeDisabled();
  await expect(button).toHaveAttribute(
    "title",
    "The list shows an earlier search: the one asked for could not be read.",
  );
});
