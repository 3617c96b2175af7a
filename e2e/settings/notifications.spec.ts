import { createHmac } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import {
  inviteToRoom,
  kickFromTestRoom,
  readRoomMessages,
} from "@/lib/synapse/testing/room-members";
import { startLocalHttpServer } from "@/lib/synapse/testing/local-http-server";
import { findAuditRecords } from "../fixtures/audit";
import { consoleSql } from "../fixtures/console-db";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser } from "../fixtures/synapse";
import { confirmAction, openUserPage } from "../fixtures/user-page";

type Received = { body: string; headers: Record<string, string | string[] | undefined> };

async function serviceAccount() {
  const [row] = await consoleSql<{ service_user_id: string }>(
    "SELECT service_user_id FROM homeserver",
  );
  return row?.service_user_id ?? "";
}

/** Before a screenshot: the toasts have gone and the page is at its top. */
async function settle(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Fills the shared fields of the rule and webhook dialogs. */
async function fillEvents(page: Page, name: string) {
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Action prefix").fill("user.set_locked");
  await dialog.getByLabel("Outcome").selectOption("success");
}

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("an admin adds a notification rule and a webhook, locks a user, and sees both deliveries in the log, in the room and at the receiver", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const tag = uniqueRoomPrefix("notify");
    const serviceId = await serviceAccount();
    const {
      creator,
      roomIds: [roomId = "", goneRoomId = ""],
    } = await seedRooms([`Ops ${tag}`, `Gone ${tag}`]);
    await inviteToRoom(creator.accessToken, roomId, serviceId);
    await inviteToRoom(creator.accessToken, goneRoomId, serviceId);
    const received: Received[] = [];
    const receiver = await startLocalHttpServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({ body: Buffer.concat(chunks).toString("utf8"), headers: request.headers });
        response.writeHead(204).end();
      });
    });

    try {
      await page.goto("/settings");
      await page.getByRole("link", { name: "Notifications and webhooks" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Notifications and webhooks" }),
      ).toBeVisible();

      // A rule to the ops room: saving accepts the service account's invitation.
      await page.getByRole("button", { name: "Add notification rule" }).click();
      await expect(page.getByRole("dialog")).toContainText(serviceId);
      await page
        .getByRole("dialog")
        .getByLabel("Start from")
        .selectOption("A user was deactivated");
      await expect(page.getByRole("dialog").getByLabel("Action prefix")).toHaveValue(
        "user.deactivate",
      );
      await fillEvents(page, `Locks to ops ${tag}`);
      await page.getByRole("dialog").getByLabel("Room").fill(roomId);
      await shoot(page.getByRole("dialog"), "settings-notification-rule-dialog");
      await page.getByRole("button", { name: "Save rule" }).click();
      await expect(page.getByText(`sends to ${roomId} from now on`)).toBeVisible();
      const rules = page.getByRole("table", { name: "Notification rules" });
      await expect(rules.getByRole("row").filter({ hasText: `Locks to ops ${tag}` })).toContainText(
        "user.set_locked…, succeeded",
      );

      // A second rule, to a room the service account is then removed from.
      await page.getByRole("button", { name: "Add notification rule" }).click();
      await fillEvents(page, `Locks to gone ${tag}`);
      await page.getByRole("dialog").getByLabel("Room").fill(goneRoomId);
      await page.getByRole("button", { name: "Save rule" }).click();
      await expect(page.getByText(`sends to ${goneRoomId} from now on`)).toBeVisible();
      await kickFromTestRoom(creator.accessToken, goneRoomId, serviceId);

      // A webhook to a receiver on this machine: loopback, so allowed by hand.
      await page.getByRole("button", { name: "Add webhook" }).click();
      await fillEvents(page, `Locks to receiver ${tag}`);
      await page.getByRole("dialog").getByLabel("URL").fill(`${receiver.url}/hook`);
      await page.getByRole("button", { name: "Save webhook" }).click();
      await expect(page.getByRole("dialog").getByText("Allow a private")).toBeVisible();
      await expect(
        page.getByText("URL must use https (plain http only with a private address allowed)"),
      ).toBeVisible();
      await page.getByLabel("Allow a private or loopback address (and plain http)").check();
      await page.getByRole("button", { name: "Save webhook" }).click();
      const secretBox = page.getByLabel(`Signing secret of Locks to receiver ${tag}`);
      await expect(secretBox).toHaveValue(/^whsec_[A-Za-z0-9_-]{43}$/);
      const secret = await secretBox.inputValue();
      await shoot(page, "settings-webhook-secret", { viewport: true });
      await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
      await expect(page.getByRole("table", { name: "Webhooks" })).toContainText(
        `${receiver.url}/hook`,
      );
      await expect(page.getByText(secret)).toHaveCount(0);
      await settle(page);
      await shoot(page, "settings-notifications");

      // The event: an admin locks someone, on the user's page.
      const user = await registerUniqueUser("notified");
      await expect(await openUserPage(page, user.id)).toBeVisible();
      await confirmAction(page, "Lock");
      await expect(page.getByText(`${user.id} is locked.`)).toBeVisible();

      await page.goto("/settings/notifications");
      const log = page.getByRole("table", { name: "Delivery log" });
      const ours = log.getByTestId("delivery-row").filter({ hasText: `locked ${user.id}` });
      // The worker's outbox runs every few seconds; the log follows by itself.
      await expect(ours).toHaveCount(3, { timeout: 45_000 });
      const toOps = ours.filter({ hasText: `Locks to ops ${tag}` });
      const toReceiver = ours.filter({ hasText: `Locks to receiver ${tag}` });
      const toGone = ours.filter({ hasText: `Locks to gone ${tag}` });
      await expect(toOps).toContainText("delivered", { timeout: 30_000 });
      await expect(toReceiver).toContainText("delivered", { timeout: 30_000 });
      await expect(toGone).toContainText("failed", { timeout: 30_000 });
      await expect(toGone).toContainText(
        `${serviceId} is not in the room ${goneRoomId} or may not post there (M_FORBIDDEN)`,
      );
      await settle(page);
      await shoot(page, "settings-delivery-log");

      // In the room, as its members read it.
      const notices = (await readRoomMessages(creator.accessToken, roomId)).filter(
        (event) => event.sender === serviceId,
      );
      expect(notices.map((notice) => notice.content.body)).toContain(
        `${e2eAdmin()} locked ${user.id}.`,
      );
      const notice = notices.find((event) => String(event.content.body).includes(user.id));
      expect(notice?.content).toMatchObject({
        msgtype: "m.notice",
        "org.synapse_console.notification": {
          schema: "org.synapse_console.notification.v1",
          action: "user.set_locked",
          outcome: "success",
          target: { type: "user", id: user.id },
        },
      });

      // The room's timeline in the console shows the notice from the service account too.
      await page.goto(`/rooms/${encodeURIComponent(roomId)}/timeline`);
      const row = page.getByTestId("timeline-row").filter({ hasText: `locked ${user.id}` });
      await expect(row).toContainText(serviceId);
      // What is in view, with the notice on it (a whole-page shot resizes the page mid-render).
      await row.scrollIntoViewIfNeeded();
      await shoot(page, "notification-in-room", { viewport: true });
      await page.goto("/settings/notifications");

      // At the receiver, signed with the secret shown once.
      const request = received.find((one) => one.body.includes(user.id));
      expect(request).toBeDefined();
      const timestamp = String(request!.headers["x-console-timestamp"]);
      const signature = createHmac("sha256", secret).update(`${timestamp}.${request!.body}`);
      expect(request!.headers["x-console-signature"]).toBe(`v1=${signature.digest("hex")}`);

      // Redeliver the failed one: queued again, and failing again while the account is out.
      await toGone.getByRole("button", { name: "Redeliver" }).click();
      await expect(page.getByText(/Queued again/)).toBeVisible();
      await expect(toGone).toContainText("redelivered 1×", { timeout: 30_000 });
      await expect(toGone).toContainText("failed", { timeout: 30_000 });
      const [redelivered] = await findAuditRecords(
        "delivery.redeliver",
        `delivery:${await deliveryIdOf(toGone)}`,
      );
      expect(redelivered).toMatchObject({ outcome: "success" });

      const [created] = await findAuditRecords(
        "webhook.create",
        `webhook:Locks to receiver ${tag}`,
      );
      expect(JSON.stringify(created)).not.toContain(secret);
      expect(JSON.stringify(created?.input)).not.toContain(receiver.url);
    } finally {
      await receiver.close();
    }
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("an operator neither sees the section nor opens the page", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Notifications and webhooks" })).toHaveCount(0);
    await page.goto("/settings/notifications");
    await expect(page).toHaveURL(/\/needs-role\?role=admin$/);
  });
});

function e2eAdmin() {
  return process.env.E2E_ADMIN_USER ?? "";
}

async function deliveryIdOf(row: ReturnType<Page["getByTestId"]>) {
  const text = (await row.getByRole("cell").first().textContent()) ?? "";
  return /#(\d+)/.exec(text)?.[1] ?? "";
}
