import { expect, test } from "@playwright/test";
import { startCountedConsole } from "../fixtures/counted-console";
import { shoot } from "../fixtures/shots";
import { expectOverview, signInWithPassword } from "../fixtures/sign-in";
import { e2eUsers } from "../fixtures/synapse";

// A Synapse before 1.152 has no /user_reports admin API. A console of its own reaches the test
// Synapse through a proxy that asks for a path Synapse has never had instead, so the answer the
// page gets is Synapse's own to an unknown admin API, as an older Synapse gives it.

let older: Awaited<ReturnType<typeof startCountedConsole>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  older = await startCountedConsole({
    name: "older-synapse",
    // Above the other extra consoles (+0 to +5), so specs running side by side never share a port.
    portOffset: 7,
    trouble: {
      rewritePath: (path) =>
        path.replace("/_synapse/admin/v1/user_reports", "/_synapse/admin/v1/no_such_api"),
    },
  });
});

test.afterAll(async () => {
  await older?.stop();
});

test.use({ storageState: { cookies: [], origins: [] } });

test("the Users tab says the homeserver's Synapse cannot list user reports, and why", async ({
  page,
}) => {
  const url = older?.url ?? "";
  await signInWithPassword(page, e2eUsers.admin.id, e2eUsers.admin.password, url);
  await expectOverview(page);

  await page.goto(`${url}/reports/users`);
  const notice = page.getByTestId("user-reports-unsupported");
  await expect(notice).toContainText("This Synapse cannot list user reports");
  // The version Synapse reports (the test Synapse's own, since only the one path is rewritten).
  await expect(notice).toContainText(/The homeserver runs Synapse \d+\.\d+\.\d+, which answers/);
  await expect(notice).toContainText("Synapse 1.152 added it");
  // No table, no filters: nothing to fill in that could work.
  await expect(page.getByRole("table", { name: "User reports" })).toHaveCount(0);
  await expect(page.getByLabel("Reported user")).toHaveCount(0);
  await shoot(page, "user-reports-unsupported");

  // A report's own page says the same, rather than "not found".
  await page.goto(`${url}/reports/users/1`);
  await expect(page.getByTestId("user-reports-unsupported")).toBeVisible();

  // The event reports beside it are unaffected.
  await page.getByRole("link", { name: "Reports" }).first().click();
  await expect(page.getByTestId("reports-total")).toBeVisible();
});
