import { expect, test } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { isBackingOff } from "@/lib/synapse/federation";
import { seedFailedDestination } from "@/lib/synapse/testing/failed-destination";
import { findAuditRecords } from "../fixtures/audit";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";

/** A destination Synapse is backing off, made by asking a server that does not exist. */
async function seedDestination() {
  const user = await registerUniqueUser("federation-probe");
  return seedFailedDestination({
    client: await synapseAsAdmin(),
    http: createSynapseHttp({ baseUrl: synapseUrl(), timeoutMs: 15_000, maxRetryWaitMs: 10_000 }),
    token: user.accessToken,
  });
}

test.describe.serial("federation", () => {
  test.use({ storageState: storageStates.admin });

  // Other specs may have made the shared test Synapse talk to another server before this one runs
  // (the whole suite does, a slot run of e2e/server does not): the page must say what Synapse says.
  test("the list says what Synapse says: a server that has talked to no other says so instead of an empty table", async ({
    page,
  }) => {
    const synapse = await synapseAsAdmin();
    const { total } = await synapse.federation.list();
    await page.goto("/federation");
    await expect(page.getByRole("heading", { level: 1, name: "Federation" })).toBeVisible();
    if (total === 0) {
      await expect(page.getByTestId("destinations-empty")).toHaveText(
        "No destinations: this server has not talked to another yet.",
      );
      await expect(page.getByRole("table", { name: "Federation destinations" })).toHaveCount(0);
      await shoot(page, "federation-empty");
    } else {
      await expect(page.getByTestId("destinations-empty")).toHaveCount(0);
      await expect(page.getByRole("table", { name: "Federation destinations" })).toBeVisible();
    }
  });

  test("an admin finds a destination in back-off, sorts the list, and resets its connection", async ({
    page,
  }) => {
    const synapse = await synapseAsAdmin();
    const [first, second] = [await seedDestination(), await seedDestination()];
    const sorted = [first, second].sort();

    await page.goto("/");
    await page.getByRole("link", { name: "Federation", exact: true }).first().click();
    await expect(page).toHaveURL(/\/federation$/);
    // Other specs may have made destinations of their own in the shared Synapse: look at ours.
    const rows = page.getByTestId("destination-row");
    const ours = (name: string) => rows.filter({ hasText: name });
    const positions = async () => {
      const texts = await rows.allTextContents();
      return sorted.map((name) => texts.findIndex((text) => text.includes(name)));
    };
    for (const name of sorted) {
      await expect(ours(name)).toContainText("In back-off");
      await expect(ours(name)).toContainText(/just now|seconds ago/);
    }
    const { total } = await synapse.federation.list();
    await expect(page.getByTestId("destinations-range")).toContainText(`of ${total}`);
    const [ascFirst, ascSecond] = await positions();
    expect(ascFirst).toBeLessThan(ascSecond ?? -1);

    // A header is a sort link; the second click turns the order round.
    await page.getByRole("link", { name: /^Destination( ↑| ↓)?$/ }).click();
    await expect(page).toHaveURL(/dir=desc/);
    await expect(async () => {
      const [descFirst, descSecond] = await positions();
      expect(descSecond).toBeLessThan(descFirst ?? -1);
    }).toPass();
    await shoot(page, "federation");

    await ours(sorted[1] ?? "")
      .getByRole("link", { name: sorted[1] })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: sorted[1] })).toBeVisible();
    await expect(page.getByTestId("destination-state")).toHaveText("In back-off");
    await expect(page.getByText("No rooms: this server shares none with it.")).toBeVisible();

    // Cancelling changes nothing.
    await page.getByRole("button", { name: "Reset connection" }).click();
    await expect(page.getByRole("alertdialog")).toContainText(sorted[1] ?? "");
    await shoot(page, "federation-reset-confirm", { viewport: true });
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(isBackingOff(await synapse.federation.get(sorted[1] ?? ""))).toBe(true);

    await page.getByRole("button", { name: "Reset connection" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Reset connection" }).click();
    await expect(page.getByText(`Synapse will retry ${sorted[1]} at once.`)).toBeVisible();
    await expect(page.getByTestId("destination-state")).toHaveText("Not backing off");
    await expect(page.getByRole("button", { name: "Reset connection" })).toHaveCount(0);
    await shoot(page, "federation-destination");
    expect(isBackingOff(await synapse.federation.get(sorted[1] ?? ""))).toBe(false);

    const audit = await findAuditRecords("federation.reset_connection", sorted[1] ?? "");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: process.env.E2E_ADMIN_USER, outcome: "success" });
    expect(audit[0]?.input).toEqual({ destination: sorted[1] });

    // Reset behind the console's back: Synapse refuses the second reset and the page says why.
    await page.goto(`/federation/${encodeURIComponent(sorted[0] ?? "")}`);
    await synapse.federation.resetConnection(sorted[0] ?? "");
    await page.getByRole("button", { name: "Reset connection" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Reset connection" }).click();
    const refusal = page.getByText(`Synapse is not backing off ${sorted[0]}`);
    await expect(refusal).toBeVisible();
    // The refusal means the page was out of date: it now shows what Synapse holds.
    await expect(page.getByTestId("destination-state")).toHaveText("Not backing off");
    await expect(page.getByRole("button", { name: "Reset connection" })).toHaveCount(0);
    // The toast slides in: wait until it has stopped moving before the picture.
    await expect(page.locator('[data-sonner-toast][data-mounted="true"]')).toBeVisible();
    await page.waitForTimeout(600);
    await shoot(page, "federation-refused", { viewport: true });
    const refused = await findAuditRecords("federation.reset_connection", sorted[0] ?? "");
    expect(refused.map((entry) => entry.outcome)).toEqual(["failure"]);
  });
});

test.describe("federation as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("an operator reads a destination but is offered no reset", async ({ page }) => {
    const destination = await seedDestination();
    await page.goto(`/federation/${encodeURIComponent(destination)}`);
    await expect(page.getByTestId("destination-state")).toHaveText("In back-off");
    await expect(page.getByRole("button", { name: "Reset connection" })).toHaveCount(0);
  });

  test("an unknown destination is said to be unknown", async ({ page }) => {
    const response = await page.goto("/federation/never-seen.invalid");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found-message")).toContainText("never-seen.invalid");
  });
});
