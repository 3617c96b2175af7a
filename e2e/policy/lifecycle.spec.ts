import { createHmac } from "node:crypto";
import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";

// The Lifecycle page as an admin uses it: a signing secret made and shown once, an identity
// system's signed event taken and listed with what became of it, a bad signature refused; and an
// operator, who sees the events but cannot change the settings. The event is about a user no policy
// lists, so it is ignored, and this spec never changes the policy the editor spec works on.
test.describe.configure({ mode: "serial" });

const sign = (body: string, secret: string) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("makes a signing secret, and a signed event shows in the list; a bad signature is refused", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await page.goto("/policy");
    await page.getByRole("link", { name: "Lifecycle" }).click();
    await expect(page.getByRole("heading", { name: "Lifecycle events" })).toBeVisible();

    await page.getByRole("button", { name: /Make (a signing|a new) secret/ }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Make the secret" }).click();
    const shown = page.getByLabel("Lifecycle signing secret");
    await expect(shown).toHaveValue(/^[A-Za-z0-9_-]{43}$/);
    const secret = await shown.inputValue();
    await expect(page.getByTestId("lifecycle-secret-status")).toContainText(
      "A signing secret is set",
    );

    const sender = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
    });
    const id = `e2e-${Date.now().toString(36)}`;
    const userId = `@${id}-nobody:localhost`;
    const body = JSON.stringify({
      id,
      type: "updated",
      userId,
      displayName: "Nobody listed",
      at: new Date().toISOString(),
    });
    const post = (signature: string) =>
      sender.post("/api/v1/lifecycle/events", {
        data: body,
        headers: { "content-type": "application/json", "x-signature-256": signature },
        maxRedirects: 0,
      });
    const forged = await post(sign(body, "not the secret"));
    expect(forged.status()).toBe(401);
    const taken = await post(sign(body, secret));
    expect(taken.status()).toBe(200);
    expect(await taken.json()).toMatchObject({ id, status: "ignored", replay: false });
    const replay = await post(sign(body, secret));
    expect(await replay.json()).toMatchObject({ id, status: "ignored", replay: true });

    await page.reload();
    // The secret was shown once; after a reload it is gone from the page.
    await expect(page.getByLabel("Lifecycle signing secret")).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText(secret);
    const row = page.getByTestId("lifecycle-event-row").filter({ hasText: id });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("updated");
    await expect(row).toContainText(userId);
    await expect(row).toContainText("ignored");
    await expect(row).toContainText("is not in the policy");
    await expect(row).toContainText("from signature:lifecycle");
    await shoot(page, "policy-lifecycle");

    // Erasing cannot be undone: turning it on asks first, and Cancel saves nothing.
    await page.getByLabel(/Erase revoked accounts/).check();
    await page.getByRole("button", { name: "Save lifecycle settings" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Erase revoked accounts?" });
    await expect(confirm).toContainText("for good");
    await shoot(page, "policy-lifecycle-erase-confirm", { viewport: true });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await page.reload();
    await expect(page.getByLabel(/Erase revoked accounts/)).not.toBeChecked();

    // The event and its replay are audited; the forged one left nothing.
    const records = await findAuditRecords("lifecycle.event", userId);
    expect(records.map((record) => [record.actor_id, record.outcome])).toEqual([
      ["signature:lifecycle", "success"],
      ["signature:lifecycle", "success"],
    ]);
    await sender.dispose();
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("sees the settings and the events, with nothing to change", async ({ page }) => {
    await page.goto("/policy/lifecycle");
    await expect(page.getByTestId("lifecycle-settings-summary")).toContainText("admin group");
    await expect(page.getByRole("button", { name: /secret/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save lifecycle settings" })).toHaveCount(0);
  });
});
