import { randomBytes } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createSynapseClient } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { expectExamplePlaceholders } from "../fixtures/placeholders";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { shoot } from "../fixtures/shots";

const serverName = () => e2eUsers.admin.id.split(":")[1] ?? "";
const uniqueLocalpart = () =>
  `newuser-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;

/** Counts the server-action calls the page makes: a form that refuses by itself makes none. */
function countActionCalls(page: Page) {
  const calls: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) calls.push(request.url());
  });
  return calls;
}

/**
 * Nothing in the dialog is pushed sideways, out of it or out of the window: it has nothing to
 * scroll across, and each button, once scrolled to (a tall dialog scrolls down), is wholly in view.
 */
async function expectWhollyInView(dialog: Locator, buttons: Locator[]) {
  expect(await dialog.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
  for (const button of buttons) {
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport({ ratio: 1 });
  }
}

/** Logs in to Synapse as a person would with their new password, outside the console. */
const loginToSynapse = (user: string, password: string) =>
  createSynapseClient({
    baseUrl: synapseUrl(),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  }).session.login({ user, password });

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("create a bot with a generated password, which works, and open its page", async ({
    page,
  }, testInfo) => {
    const localpart = uniqueLocalpart();
    const userId = `@${localpart}:${serverName()}`;
    await page.goto("/users");
    await page.getByRole("button", { name: "Create user" }).click();
    const dialog = page.getByRole("dialog", { name: "Create user" });
    await dialog.getByLabel("User name (localpart)").fill(localpart);
    await dialog.getByLabel("Display name (optional)").fill("Build Bot");
    await dialog.getByLabel("Account type").selectOption("bot");
    await expect(dialog.getByText("exempt from monthly-active-user limits")).toBeVisible();
    await expect(dialog.getByLabel(/Server admin/)).not.toBeChecked();
    await dialog.getByRole("button", { name: "Create user" }).click();

    const shown = dialog.getByLabel("Generated password (shown only now)");
    await expect(shown).toBeVisible();
    const password = await shown.inputValue();
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    await page.screenshot({ path: testInfo.outputPath("create-user-generated-password.png") });

    const login = await loginToSynapse(userId, password);
    expect(login.user_id).toBe(userId);
    const synapse = await synapseAsAdmin();
    expect(await synapse.users.get(userId)).toMatchObject({
      displayname: "Build Bot",
      user_type: "bot",
      admin: false,
      deactivated: false,
    });
    const audit = await findAuditRecords("user.create", userId);
    expect(audit).toMatchObject([
      {
        actor_id: e2eUsers.admin.id,
        outcome: "success",
        input: { localpart, password: "[redacted]", userType: "bot", admin: false },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain(password);

    await dialog.getByRole("link", { name: `Open ${userId}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(userId);
  });

  test("a taken name is refused with a clear message, and that account is left alone", async ({
    page,
  }) => {
    const existing = await registerUniqueUser("taken");
    const localpart = existing.id.slice(1, existing.id.indexOf(":"));
    await page.goto("/users");
    await page.getByRole("button", { name: "Create user" }).click();
    const dialog = page.getByRole("dialog", { name: "Create user" });
    await dialog.getByLabel("User name (localpart)").fill(localpart);
    await dialog.getByLabel("Password").fill("a-new-password-123");
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(dialog.getByRole("alert")).toHaveText(
      `The name ${localpart} is taken: ${existing.id} already exists.`,
    );
    // The old password still works: nothing was reset, and nothing was recorded as a creation.
    expect((await loginToSynapse(existing.id, existing.password)).user_id).toBe(existing.id);
    expect(await findAuditRecords("user.create", existing.id)).toEqual([]);
  });

  test("a name too long for a user ID, or an ID on another server, is refused in the form", async ({
    page,
  }) => {
    const calls = countActionCalls(page);
    const longest = 255 - 2 - serverName().length;
    await page.goto("/users");
    await page.getByRole("button", { name: "Create user" }).click();
    const dialog = page.getByRole("dialog", { name: "Create user" });
    await expectExamplePlaceholders(dialog, 1);
    const name = dialog.getByLabel("User name (localpart)");
    const create = dialog.getByRole("button", { name: "Create user" });

    const unbroken = "a".repeat(300);
    await name.fill(unbroken);
    await create.click();
    await expect(
      dialog.getByText(
        `User name must be at most ${longest} characters, so that the user ID with :${serverName()} has at most 255`,
      ),
    ).toBeVisible();
    await expectWhollyInView(dialog, [create]);
    await shoot(page, "create-user-long", { viewport: true });

    await name.fill("@x:otherserver");
    await create.click();
    await expect(
      dialog.getByText(
        `User name is an ID on otherserver; type the localpart, or an ID on ${serverName()}`,
      ),
    ).toBeVisible();
    expect(calls).toEqual([]);
    expect(await findAuditRecords("user.create", `@${unbroken}:${serverName()}`)).toEqual([]);
  });

  test("the longest name makes a 255-character ID, and every dialog showing it keeps its buttons in view", async ({
    page,
  }) => {
    const longest = 255 - 2 - serverName().length;
    const localpart = `${uniqueLocalpart()}-`.padEnd(longest, "x");
    const userId = `@${localpart}:${serverName()}`;
    expect(userId).toHaveLength(255);
    await page.goto("/users");
    await page.getByRole("button", { name: "Create user" }).click();
    const dialog = page.getByRole("dialog", { name: "Create user" });
    // Typed as a full ID on this server, which the form reads as the localpart.
    await dialog.getByLabel("User name (localpart)").fill(userId);
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(dialog.getByTestId("created-user")).toContainText(`${userId} was created.`);
    const open = dialog.getByRole("link", { name: `Open ${userId}` });
    await expectWhollyInView(dialog, [open]);
    await shoot(page, "create-user-created-long", { viewport: true });
    expect(await (await synapseAsAdmin()).users.get(userId)).toMatchObject({ name: userId });

    await open.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(userId);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.getByRole("button", { name: "Set rate limit" }).click();
      const rateLimit = page.getByRole("dialog");
      await expectWhollyInView(rateLimit, [
        rateLimit.getByRole("button", { name: "Save override" }),
        rateLimit.getByRole("button", { name: "Close" }),
      ]);
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Lock", exact: true }).click();
      const confirm = page.getByRole("alertdialog");
      await expect(confirm).toContainText(`${userId} will be locked`);
      await expectWhollyInView(confirm, [
        confirm.getByRole("button", { name: "Cancel" }),
        confirm.getByRole("button", { name: "Lock" }),
      ]);
      if (width === 390) await shoot(page, "lock-long-id-narrow", { viewport: true });
      await confirm.getByRole("button", { name: "Cancel" }).click();
    }
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("creates a user with a given password, but is not offered server admin", async ({
    page,
  }) => {
    const localpart = uniqueLocalpart();
    const userId = `@${localpart}:${serverName()}`;
    await page.goto("/users");
    await page.getByRole("button", { name: "Create user" }).click();
    const dialog = page.getByRole("dialog", { name: "Create user" });
    await expect(dialog.getByLabel(/Server admin/)).toHaveCount(0);
    await dialog.getByLabel("User name (localpart)").fill(localpart);
    await dialog.getByLabel("Password").fill("given-password-123");
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(dialog.getByTestId("created-user")).toContainText(`${userId} was created.`);
    await expect(dialog.getByLabel("Generated password (shown only now)")).toHaveCount(0);
    expect((await loginToSynapse(userId, "given-password-123")).user_id).toBe(userId);
    expect(await findAuditRecords("user.create", userId)).toMatchObject([
      { actor_id: e2eUsers.operator.id, outcome: "success" },
    ]);
  });
});
