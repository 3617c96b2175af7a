import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers } from "../fixtures/synapse";

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
    const script = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
      extraHTTPHeaders: { Authorization: `Bearer ${token}` },
    });
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

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("an operator is not offered API tokens", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Console roles" })).toBeVisible();
    await expect(page.getByText("API tokens")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Create API token" })).toHaveCount(0);
  });
});
