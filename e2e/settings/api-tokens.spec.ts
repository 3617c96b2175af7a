import { randomBytes } from "node:crypto";
import { expect, test, type APIRequest } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { consoleSql, grantConsoleRole, insertApiToken } from "../fixtures/console-db";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

/** A script's HTTP client: no session cookie, only the API token. */
const scriptWith = (request: APIRequest, baseURL: string | undefined, token: string) =>
  request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("an admin creates an API token, sees it once, a script uses it, and after revoking it is refused", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const name = `e2e-script-${Date.now().toString(36)}`;
    await page.goto("/settings");
    await page.getByRole("button", { name: "Create API token" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Role").selectOption("viewer");
    await dialog.getByLabel("Expires in (days)").fill("7");
    await dialog.getByRole("button", { name: "Create token" }).click();

    const shown = dialog.getByLabel(`API token ${name}`);
    await expect(shown).toHaveValue(/^sct_[A-Za-z0-9_-]{43}$/);
    const token = await shown.inputValue();
    await expect(dialog).toContainText("Shown only now");
    await shoot(page, "settings-api-token-created", { viewport: true });

    // A script with nothing but the token: no session cookie.
    const script = await scriptWith(playwright.request, baseURL, token);
    const users = await script.get("/api/v1/users?limit=25&admins=1&q=e2e-admin", {
      maxRedirects: 0,
    });
    expect(users.status()).toBe(200);
    const body = (await users.json()) as { users: { name: string }[] };
    expect(body.users.map((user) => user.name)).toContain(e2eUsers.admin.id);

    // Closing the dialog forgets the token; the list shows its prefix, role and status only.
    await dialog.getByRole("button", { name: "Close" }).click();
    const row = page
      .getByRole("table", { name: "API tokens" })
      .getByRole("row")
      .filter({ hasText: name });
    await expect(row).toContainText("Viewer");
    await expect(row).toContainText("active");
    await expect(row).toContainText(token.slice(0, 12));
    await expect(page.getByText(token)).toHaveCount(0);
    // The call above is its last use (the list was read again when the dialog closed).
    await expect(row.getByRole("cell").nth(4)).not.toHaveText("never");
    await shoot(page, "settings-api-tokens");

    const [created] = await findAuditRecords("api_token.create", `token:${name}`);
    expect(created).toMatchObject({
      actor_id: e2eUsers.admin.id,
      outcome: "success",
      input: { name, role: "viewer", expiresInDays: 7 },
      result: { token: "[redacted]" },
    });
    expect(JSON.stringify(created)).not.toContain(token);

    await row.getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByRole("alertdialog")).toContainText("refused from their next call");
    await page.getByRole("button", { name: "Revoke token" }).click();
    await expect(row).toContainText("revoked");
    await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);

    const refused = await script.get("/api/v1/users", { maxRedirects: 0 });
    expect(refused.status()).toBe(401);
    expect(await refused.text()).toContain("This API token was revoked");
    await script.dispose();
  });
});

test.describe("a token whose maker was moved down or left", () => {
  test.use({ storageState: storageStates.admin });

  test("acts with its maker's role now, says so in the list, and is refused once they hold none", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const suffix = randomBytes(4).toString("hex");
    const maker = `@e2e-token-maker-${suffix}:localhost`;
    const name = `e2e-made-by-${suffix}`;
    // An admin token made while its maker was an admin (as Settings makes one); they are an operator now.
    await grantConsoleRole(maker, "operator");
    const token = await insertApiToken(name, "admin", maker);
    const script = await scriptWith(playwright.request, baseURL, token);
    try {
      await page.goto("/settings");
      const row = page
        .getByRole("table", { name: "API tokens" })
        .getByRole("row")
        .filter({ hasText: name });
      await expect(row).toContainText("Admin");
      await expect(row.getByTestId("api-token-limit")).toHaveText(
        "Acts as Operator, its maker's role now",
      );
      await shoot(page, "settings-api-token-maker-lowered");
      // An admin-only route answers as it would the operator.
      const lowered = await script.post("/api/v1/jobs/no-such-job/runs", { maxRedirects: 0 });
      expect(lowered.status()).toBe(403);
      expect(await lowered.text()).toBe(
        "This needs the admin role; this token's role is operator.",
      );

      await consoleSql(`DELETE FROM role_grant WHERE matrix_id = $1`, [maker]);
      await page.reload();
      await expect(row.getByTestId("api-token-limit")).toHaveText(
        "Refused: its maker holds no role now",
      );
      const refused = await script.get("/api/v1/users", { maxRedirects: 0 });
      expect(refused.status()).toBe(401);
      expect(await refused.text()).toContain(
        "The admin who made this API token holds no console role any more",
      );
    } finally {
      await script.dispose();
      await consoleSql(`DELETE FROM role_grant WHERE matrix_id = $1`, [maker]);
    }
  });
});

test.describe("a token whose maker's account was locked in Synapse", () => {
  test.use({ storageState: storageStates.admin });

  test("is refused once the console has re-checked its maker, and the list says why", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const maker = await registerUniqueUser("e2e-token-locked-maker");
    const name = `e2e-locked-maker-${randomBytes(4).toString("hex")}`;
    await grantConsoleRole(maker.id, "admin");
    const token = await insertApiToken(name, "operator", maker.id);
    const script = await scriptWith(playwright.request, baseURL, token);
    try {
      expect((await script.get("/api/v1/users", { maxRedirects: 0 })).status()).toBe(200);
      // Locked in Synapse itself, where the console hears nothing; its next check is due.
      await (await synapseAsAdmin()).users.update(maker.id, { locked: true });
      await consoleSql(
        `UPDATE role_grant SET account_checked_at = now() - interval '11 minutes' WHERE matrix_id = $1`,
        [maker.id],
      );
      const refused = await script.get("/api/v1/users", { maxRedirects: 0 });
      expect(refused.status()).toBe(401);
      expect(await refused.text()).toContain(
        "The account of the admin who made this API token is locked on the homeserver",
      );

      await page.goto("/settings");
      const row = page
        .getByRole("table", { name: "API tokens" })
        .getByRole("row")
        .filter({ hasText: name });
      await expect(row.getByTestId("api-token-limit")).toHaveText(
        "Refused: its maker's account is locked on the homeserver",
      );
      // The console roles say why, and taking the role away says what it does to the token.
      const grantRow = page
        .getByRole("table", { name: "Console roles" })
        .getByRole("row")
        .filter({ hasText: maker.id });
      await expect(grantRow.getByTestId("grant-account-barred")).toHaveText(
        "Account locked on the homeserver: their API tokens are refused",
      );
      await shoot(page, "settings-api-token-maker-locked");
      await grantRow.getByRole("button", { name: "Revoke" }).click();
      await expect(page.getByRole("alertdialog").or(page.getByRole("dialog"))).toContainText(
        "The 1 active API token they made is refused from then on.",
      );
      await page.keyboard.press("Escape");
      const [entry] = await findAuditRecords("console.account_barred", maker.id);
      expect(entry).toMatchObject({ actor_id: "console", input: { reason: "locked" } });
      expect(entry?.result).toMatchObject({ apiTokensRefused: true });
    } finally {
      await script.dispose();
      await consoleSql(`DELETE FROM role_grant WHERE matrix_id = $1`, [maker.id]);
    }
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("an operator is not offered API tokens", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Console roles" })).toBeVisible();
    // The section, not any mention: the roles list may say a barred account's tokens are refused.
    await expect(page.getByRole("heading", { name: "API tokens" })).toHaveCount(0);
    await expect(page.getByText("API tokens", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("table", { name: "API tokens" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Create API token" })).toHaveCount(0);
  });
});
