import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createSynapseClient } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";

const serverName = () => e2eUsers.admin.id.split(":")[1] ?? "";
const uniqueLocalpart = () =>
  `newuser-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;

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
