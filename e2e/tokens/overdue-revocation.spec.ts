import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { isSynapseError } from "@/lib/synapse";
import type { Trouble } from "@/lib/synapse/testing/synapse-proxy";
import { startCountedConsole } from "../fixtures/counted-console";
import { expectOverview, signInWithPassword } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { shoot } from "../fixtures/shots";

// Issue 9: an old token must end within a minute of its grace period, by the worker alone, and a
// revocation that cannot be done (Synapse refusing changes) shows as overdue on the Tokens page,
// with the reason, until a later tick retries it. A console of its own, whose Synapse requests
// go through a proxy that refuses changes on cue while reads (the page) still work.
test.describe.configure({ timeout: 420_000 });

const trouble: Trouble = {};
let proxied: Awaited<ReturnType<typeof startCountedConsole>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  proxied = await startCountedConsole({
    name: "tokens-overdue",
    portOffset: 5,
    jobs: true,
    trouble,
  });
});

test.afterAll(() => proxied?.stop());

async function consoleSql(text: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: proxied!.databaseUrl });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** Whom a token acts as on Synapse itself, or "401" once Synapse refuses it. */
async function whoHolds(token: string) {
  try {
    return (await (await synapseAsAdmin()).session.whoAmI(token)).user_id;
  } catch (error) {
    if (isSynapseError(error, "unauthorized")) return "401";
    throw error;
  }
}

/** What the account's overdue notice says after a reload, its details opened ("" when none). */
async function overdueText(page: Page, userId: string) {
  await page.reload();
  await page
    .getByTestId(`token-account-${userId}`)
    .getByRole("button", { name: "Details" })
    .click();
  await expect(page.getByRole("table", { name: `Tokens of ${userId}` })).toBeVisible();
  const notice = page.getByTestId(`overdue-revocations-${userId}`);
  return (await notice.count()) > 0 ? await notice.innerText() : "";
}

test("a revocation that fails while Synapse refuses changes shows as overdue with the reason, and is retried", async ({
  page,
}) => {
  const url = proxied!.url;
  const admin = await registerUniqueUser("overdue-admin", { admin: true });
  const bot = await registerUniqueUser("overdue-bot");
  const synapse = await synapseAsAdmin();
  await synapse.users.update(bot.id, { user_type: "bot" });
  const [device] = (await synapse.devices.list(bot.id)).devices;

  await signInWithPassword(page, admin.id, admin.password, url);
  await expectOverview(page);
  // Other tests' bots share the Synapse: the list is narrowed to this one.
  const listUrl = `${url}/tokens?q=${encodeURIComponent(bot.id)}`;
  await page.goto(listUrl);
  const card = page.getByTestId(`token-account-${bot.id}`);
  await card.getByRole("button", { name: "Manage" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Grace period (minutes)").fill("1");
  await dialog.getByLabel("Device the account uses now (optional)").selectOption(device!.device_id);
  await dialog.getByRole("button", { name: "Manage account" }).click();
  await expect(page.getByText(`${bot.id} is now managed.`)).toBeVisible();
  await card.getByRole("button", { name: "Rotate now" }).click();
  await card.getByRole("link", { name: "Open the run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 45_000 });
  await page.goto(listUrl);
  await expect(card.getByRole("row").first()).toContainText("1 old token waiting");
  await card.getByRole("button", { name: "Details" }).click();
  await expect(card).toContainText("Waiting for revocation: 1 old token, the next at");

  // Synapse now refuses every change; the grace period (whole minutes in the policy) is made to
  // have ended two minutes ago, so the revocation is overdue and the worker's tick tries it.
  trouble.refuseChanges = true;
  await consoleSql(
    `UPDATE pending_revocation SET revoke_after = now() - interval '2 minutes'
     WHERE user_id = $1 AND revoked_at IS NULL`,
    [bot.id],
  );
  await expect
    .poll(() => overdueText(page, bot.id), { timeout: 150_000, intervals: [5_000] })
    .toContain("replied HTTP 502");
  const notice = page.getByTestId(`overdue-revocations-${bot.id}`);
  await expect(notice).toContainText("Revocation overdue: 1 old token still works");
  await expect(notice).toContainText(device!.device_id);
  await expect(notice.getByRole("link", { name: "Open the last run" })).toBeVisible();
  const tokens = page.getByRole("table", { name: `Tokens of ${bot.id}` });
  await expect(tokens.getByRole("row").filter({ hasText: device!.device_id })).toContainText(
    "revocation overdue",
  );
  await expect(card.getByRole("row").first()).toContainText("1 revocation overdue");
  // "Due only" keeps it: an overdue revocation needs someone to look.
  await page.goto(`${listUrl}&due=1`);
  await expect(card).toBeVisible();
  await expect(page.getByLabel("Due only")).toBeChecked();
  await card.getByRole("button", { name: "Details" }).click();
  await shoot(page, "tokens-overdue");
  expect(await whoHolds(bot.accessToken)).toBe(bot.id);
  await page.goto(listUrl);

  // Synapse takes changes again: a later tick retries, and the old token ends.
  trouble.refuseChanges = false;
  await expect
    .poll(() => whoHolds(bot.accessToken), { timeout: 150_000, intervals: [2_000] })
    .toBe("401");
  expect(await overdueText(page, bot.id)).toBe("");
  await expect(card).not.toContainText("Waiting for revocation");
  await expect(card.getByRole("row").first()).not.toContainText(/revocations? overdue/);
});
