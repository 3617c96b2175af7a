import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { synapseAsAdmin } from "../fixtures/synapse";

const uniqueToken = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const usableTable = (page: Page) => page.getByRole("table", { name: "Usable tokens" });
const spentTable = (page: Page) => page.getByRole("table", { name: "Expired or used-up tokens" });
const rowOf = (page: Page, token: string) => page.getByRole("row").filter({ hasText: token });

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("create a token, see it listed, change its uses, delete it", async ({ page }) => {
    const token = uniqueToken("e2e");
    await page.goto("/users");
    await page.getByRole("link", { name: "Registration tokens" }).click();
    await expect(page.getByRole("heading", { name: "Registration tokens" })).toBeVisible();

    await page.getByRole("button", { name: "New token" }).click();
    const dialog = page.getByRole("dialog", { name: "New registration token" });
    await dialog.getByLabel("Generate the token").uncheck();
    await dialog.getByLabel("Token", { exact: true }).fill("has spaces");
    await dialog.getByRole("button", { name: "Create token" }).click();
    await expect(dialog.getByText("Token may only use A-Z, a-z, 0-9 and . _ ~ -")).toBeVisible();
    await dialog.getByLabel("Token", { exact: true }).fill(token);
    await dialog.getByLabel("Uses allowed").fill("3");
    await dialog.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText(`Registration token ${token} was created.`)).toBeVisible();
    await expect(dialog).toBeHidden();

    const row = rowOf(page, token);
    await expect(usableTable(page).getByRole("row").filter({ hasText: token })).toHaveCount(1);
    await expect(row.getByRole("cell")).toHaveText([
      token,
      "usable",
      "3",
      "0",
      "0",
      "never",
      /Edit/,
    ]);
    const synapse = await synapseAsAdmin();
    expect(await synapse.registrationTokens.get(token)).toMatchObject({ uses_allowed: 3 });

    // The same token again: Synapse says it exists, the form says it is taken.
    await page.getByRole("button", { name: "New token" }).click();
    await dialog.getByLabel("Generate the token").uncheck();
    await dialog.getByLabel("Token", { exact: true }).fill(token);
    await dialog.getByRole("button", { name: "Create token" }).click();
    await expect(dialog.getByRole("alert")).toHaveText(
      `The token ${token} is taken: pick another or generate one.`,
    );
    await page.keyboard.press("Escape");

    const uses = 10 + Math.floor(Math.random() * 80);
    await row.getByRole("button", { name: `Edit ${token}` }).click();
    const edit = page.getByRole("dialog", { name: `Edit registration token ${token}` });
    await expect(edit.getByLabel("Uses allowed")).toHaveValue("3");
    await edit.getByLabel("Uses allowed").fill(String(uses));
    await edit.getByRole("button", { name: "Save" }).click();
    await expect(edit).toBeHidden();
    await expect(row.getByRole("cell").nth(2)).toHaveText(String(uses));
    expect(await synapse.registrationTokens.get(token)).toMatchObject({ uses_allowed: uses });
    const updates = await findAuditRecords("registration_token.update", "registration tokens");
    // Only what changed is sent; the token is redacted, as for every role reading the log.
    expect(updates.at(-1)).toMatchObject({
      input: { token: "[redacted]", usesAllowed: uses },
      outcome: "success",
    });
    expect(updates.at(-1)?.input).not.toHaveProperty("expiresAt");

    await row.getByRole("button", { name: `Delete ${token}` }).click();
    const confirm = page.getByRole("alertdialog", { name: `Delete registration token ${token}?` });
    await expect(confirm).toContainText("the 0 accounts already made with it stay");
    await confirm.getByRole("button", { name: "Delete token" }).click();
    await expect(page.getByText(`Registration token ${token} was deleted.`)).toBeVisible();
    await expect(rowOf(page, token)).toHaveCount(0);
    const gone = await synapse.registrationTokens.get(token).catch(() => null);
    expect(gone).toBeNull();
  });

  test("expired and used-up tokens are listed apart from usable ones", async ({ page }) => {
    const synapse = await synapseAsAdmin();
    const [usable, usedUp, expiring] = ["usable", "usedup", "expired"].map(uniqueToken) as [
      string,
      string,
      string,
    ];
    await synapse.registrationTokens.create({ token: usable, uses_allowed: 5 });
    await synapse.registrationTokens.create({ token: usedUp, uses_allowed: 0 });
    // Synapse refuses an expiry in the past: one a moment ahead, then wait for it.
    const expiry = Date.now() + 1_500;
    await synapse.registrationTokens.create({ token: expiring, expiry_time: expiry });
    await page.waitForTimeout(Math.max(0, expiry - Date.now() + 200));

    await page.goto("/users/registration-tokens");
    await expect(usableTable(page).getByRole("row").filter({ hasText: usable })).toHaveCount(1);
    const spent = spentTable(page);
    await expect(spent.getByRole("row").filter({ hasText: usedUp })).toContainText("used up");
    await expect(spent.getByRole("row").filter({ hasText: expiring })).toContainText("expired");
    await expect(usableTable(page).getByRole("row").filter({ hasText: usedUp })).toHaveCount(0);
    await shoot(page, "registration-tokens");
    for (const token of [usable, usedUp, expiring]) await synapse.registrationTokens.delete(token);
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("reads the tokens but is offered no change", async ({ page }) => {
    const synapse = await synapseAsAdmin();
    const token = uniqueToken("opread");
    await synapse.registrationTokens.create({ token, uses_allowed: 2 });
    await page.goto("/users/registration-tokens");
    await expect(rowOf(page, token)).toContainText("usable");
    await expect(page.getByRole("button", { name: "New token" })).toHaveCount(0);
    await expect(rowOf(page, token).getByRole("button")).toHaveCount(0);
    await synapse.registrationTokens.delete(token);
  });
});
