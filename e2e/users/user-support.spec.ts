// Redacting a user's messages (alone and with deactivation), logging in as a user, and account
// validity, from the user page: what the page says, what Synapse did, what the audit log keeps.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { sendTextMessage } from "@/lib/synapse/client-messages";
import { messagesOf } from "@/lib/synapse/testing/room-events";
import { ACCOUNT_VALIDITY_OFF } from "@/lib/schemas/account-validity";
import { findAuditRecords } from "../fixtures/audit";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";

const http = () =>
  createSynapseHttp({ baseUrl: synapseUrl(), timeoutMs: 15_000, maxRetryWaitMs: 10_000 });
const tag = () => randomBytes(3).toString("hex");

/** A user who has written one message in each of `count` public rooms, named for the test. */
async function userWithMessages(prefix: string, count: number) {
  const synapse = await synapseAsAdmin();
  const user = await registerUniqueUser(prefix);
  const rooms: { roomId: string; name: string }[] = [];
  for (let index = 0; index < count; index++) {
    const name = `${prefix} room ${index + 1} ${tag()}`;
    const { roomId } = await synapse.rooms.create({ preset: "public_chat", name });
    await synapse.users.joinRoom(roomId, user.id);
    await sendTextMessage(http(), user.accessToken, {
      roomId,
      body: `message ${index + 1}`,
      txnId: `e2e-${tag()}`,
    });
    rooms.push({ roomId, name });
  }
  return { user, rooms };
}

/** Reads the user's messages in a room back through Synapse's admin API. */
async function messagesIn(roomId: string, userId: string) {
  const checker = await registerUniqueUser("redact-checker", { admin: true });
  return messagesOf(http(), checker.accessToken, roomId, userId);
}

const redactionsCard = (page: Page) => page.getByRole("list", { name: "Redactions" });

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("redacts a user's messages in a chosen room and follows it to the end", async ({ page }) => {
    const { user, rooms } = await userWithMessages("redact", 2);
    const [chosen, kept] = rooms as [(typeof rooms)[0], (typeof rooms)[0]];
    await openUserPage(page, user.id);

    await page.getByRole("button", { name: "Redact messages" }).click();
    const dialog = page.getByRole("dialog", { name: `Redact the messages of ${user.id}?` });
    await expect(dialog).toContainText(
      `Redact the messages of ${user.id} in every room they are in`,
    );
    await dialog.getByLabel("Only the rooms I choose").check();
    await dialog.getByLabel(chosen.name).check();
    await expect(dialog).toContainText(`Redact the messages of ${user.id} in 1 room:`);
    await dialog.getByRole("button", { name: "Redact messages" }).click();
    await expect(dialog.getByText("Reason must say why, in at least 5 characters")).toBeVisible();

    const reason = `spam, ticket ${tag()}`;
    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByRole("button", { name: "Redact messages" }).click();
    const progress = dialog.getByRole("status");
    await expect(progress).toContainText("done", { timeout: 20_000 });
    await expect(progress).toContainText("Every message found was redacted.");
    await shoot(page, "redaction-status", { viewport: true });

    expect(await messagesIn(chosen.roomId, user.id)).toMatchObject([
      { body: null, redactedBy: user.id },
    ]);
    expect(await messagesIn(kept.roomId, user.id)).toMatchObject([{ body: "message 2" }]);
    expect(await findAuditRecords("user.redact_events", user.id)).toMatchObject([
      {
        actor_id: e2eUsers.admin.id,
        outcome: "success",
        input: { userId: user.id, rooms: [chosen.roomId], reason },
      },
    ]);

    // Closed, the page still lists the redaction with its status.
    await page.keyboard.press("Escape");
    await page.reload();
    await expect(redactionsCard(page).getByRole("status")).toContainText("done");
  });

  test("deactivates with redaction, and the page follows the redaction", async ({ page }) => {
    const { user, rooms } = await userWithMessages("deact-redact", 2);
    await openUserPage(page, user.id);
    await page.getByRole("button", { name: "Deactivate" }).click();
    const dialog = page.getByRole("dialog", { name: `Deactivate ${user.id}?` });
    await dialog.getByLabel("Also redact their messages in the rooms they are in").check();
    await expect(dialog).toContainText(
      "can no longer sign in, then their messages in those rooms redacted for everyone.",
    );
    const reason = `deactivated for spam ${tag()}`;
    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByRole("button", { name: "Deactivate", exact: true }).click();
    await expect(
      page.getByText(
        `${user.id} is deactivated; 1 device logged out; redacting their messages in 2 rooms.`,
      ),
    ).toBeVisible();
    await expect(redactionsCard(page).getByRole("status")).toContainText("done", {
      timeout: 20_000,
    });

    const synapse = await synapseAsAdmin();
    expect(await synapse.users.get(user.id)).toMatchObject({ deactivated: true });
    for (const room of rooms)
      expect(await messagesIn(room.roomId, user.id)).toMatchObject([
        { body: null, redactedBy: user.id },
      ]);
    expect(await findAuditRecords("user.deactivate", user.id)).toMatchObject([
      {
        actor_id: e2eUsers.admin.id,
        outcome: "success",
        input: { userId: user.id, redact: true, redactReason: reason },
      },
    ]);
  });

  test("logs in as a user: a reason, a lifetime, the token shown once and never audited", async ({
    page,
  }) => {
    const user = await registerUniqueUser("login-as");
    await openUserPage(page, user.id);
    await page.getByRole("button", { name: "Log in as user" }).click();
    const dialog = page.getByRole("dialog", { name: `Log in as ${user.id}` });
    await expect(dialog.getByLabel("Valid for")).toHaveValue("60");
    await dialog.getByRole("button", { name: "Issue token" }).click();
    await expect(dialog.getByText("Reason must say why, in at least 10 characters")).toBeVisible();

    const reason = `support ticket ${tag()}: cannot see rooms`;
    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByLabel("Valid for").selectOption({ label: "15 minutes" });
    await dialog.getByRole("button", { name: "Issue token" }).click();
    const tokenField = dialog.getByLabel(`Access token acting as ${user.id}`);
    await expect(tokenField).toBeVisible();
    const token = await tokenField.inputValue();
    expect(token.length).toBeGreaterThan(10);
    await expect(dialog).toContainText("Shown only now");
    await shoot(page, "login-as-token", { viewport: true });

    const synapse = await synapseAsAdmin();
    expect((await synapse.session.whoAmI(token)).user_id).toBe(user.id);
    const records = await findAuditRecords("user.login_as", user.id);
    expect(records).toMatchObject([
      {
        actor_id: e2eUsers.admin.id,
        outcome: "success",
        input: { userId: user.id, reason, lifetimeMinutes: 15 },
        result: { accessToken: "[redacted]", expiresAt: expect.any(String) },
      },
    ]);
    expect(JSON.stringify(records)).not.toContain(token);

    // Shown once: reopened, the dialog asks again and shows no token.
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Log in as user" }).click();
    await expect(dialog.getByLabel("Reason")).toHaveValue("");
    await expect(dialog.getByLabel(`Access token acting as ${user.id}`)).toHaveCount(0);
    await synapse.session.logout(token);
  });

  test("offers no login-as for a Synapse server admin", async ({ page }) => {
    const admin = await registerUniqueUser("login-as-admin", { admin: true });
    await openUserPage(page, admin.id);
    await expect(page.getByRole("button", { name: "Redact messages" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Log in as user" })).toHaveCount(0);
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("account validity: the test Synapse has none, and the page then says so", async ({
    page,
  }) => {
    const user = await registerUniqueUser("validity");
    await openUserPage(page, user.id);
    // Admin-only actions are not offered.
    await expect(page.getByRole("button", { name: "Log in as user" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Redact messages" })).toHaveCount(0);

    await page.getByRole("button", { name: "Renew account validity" }).click();
    const dialog = page.getByRole("dialog", { name: `Renew the account of ${user.id}` });
    await dialog.getByRole("button", { name: "Renew" }).click();
    await expect(dialog.getByRole("alert")).toHaveText(ACCOUNT_VALIDITY_OFF);
    expect(await findAuditRecords("user.renew_validity", user.id)).toMatchObject([
      { actor_id: e2eUsers.operator.id, outcome: "failure", error_message: ACCOUNT_VALIDITY_OFF },
    ]);

    await page.keyboard.press("Escape");
    await page.reload();
    await expect(page.getByText(ACCOUNT_VALIDITY_OFF)).toBeVisible();
    await expect(page.getByRole("button", { name: "Renew account validity" })).toHaveCount(0);
  });
});
