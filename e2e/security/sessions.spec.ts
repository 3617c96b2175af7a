import { expect, test, type Browser, type Page } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { consoleSessionsOf, consoleSql, grantConsoleRole } from "../fixtures/console-db";
import {
  browserWithCookies,
  copySessionCookies,
  expectSignedOut,
  openUserMenu,
  signOutFromMenu,
} from "../fixtures/session-cookie";
import {
  expectOverview,
  signInInNewBrowser,
  signInWithPassword,
  storageStates,
} from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { confirmAction, openUserPage } from "../fixtures/user-page";

// Each test signs in people of its own: the shared admin and operator sessions must stay open.
// Several sign-ins per test on a machine shared by many runs: one minute was seen to be too short.
test.describe.configure({ timeout: 180_000 });

/** A new operator signed in in a browser of their own, and a page of the shared admin. */
async function signedInOperatorAndAdmin(browser: Browser, prefix: string) {
  const operator = await registerUniqueUser(prefix);
  await grantConsoleRole(operator.id, "operator");
  const theirs = await signInInNewBrowser(browser, operator);
  const adminContext = await browser.newContext({ storageState: storageStates.admin });
  return {
    operator,
    theirPage: theirs.page,
    adminPage: await adminContext.newPage(),
    close: () => Promise.all([theirs.context.close(), adminContext.close()]),
  };
}

/** The person's row in the console roles table of Settings. */
async function openConsoleRoleRow(adminPage: Page, matrixId: string) {
  await adminPage.goto("/settings");
  return adminPage
    .getByRole("table", { name: "Console roles" })
    .getByRole("row")
    .filter({ hasText: matrixId });
}

test("a copied cookie stops working after sign-out", async ({ page, browser }) => {
  const person = await registerUniqueUser("session-out", { admin: true });
  await signInWithPassword(page, person.id, person.password);
  await expectOverview(page);
  const thief = await browserWithCookies(browser, await copySessionCookies(page.context()));
  await thief.page.goto("/");
  await expectOverview(thief.page);

  await signOutFromMenu(page, person.id);

  await expectSignedOut(thief.page);
  expect(await consoleSessionsOf(person.id)).toMatchObject([{ end_reason: "sign_out" }]);
  expect(await findAuditRecords("console.sign_out", person.id)).toMatchObject([
    { actor_id: person.id, outcome: "success" },
  ]);
  await thief.context.close();
});

test("sign out everywhere ends every session of the person, in any browser", async ({
  page,
  browser,
}, testInfo) => {
  const person = await registerUniqueUser("session-everywhere", { admin: true });
  const other = await signInInNewBrowser(browser, person);
  await signInWithPassword(page, person.id, person.password);
  await expectOverview(page);
  const thief = await browserWithCookies(browser, await copySessionCookies(page.context()));

  await openUserMenu(page, person.id);
  const everywhere = page.getByRole("button", { name: "Sign out everywhere" });
  await expect(everywhere).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("user-menu-sign-out-everywhere.png") });
  await everywhere.click();
  await expect(page).toHaveURL(/\/sign-in/);

  await expectSignedOut(other.page);
  await expectSignedOut(thief.page);
  const rows = await consoleSessionsOf(person.id);
  expect(rows.map((row) => row.end_reason)).toEqual(["sign_out_everywhere", "sign_out_everywhere"]);
  const audit = await consoleSql<{ outcome: string; result: unknown }>(
    `SELECT o.outcome, o.result FROM audit_entry e JOIN audit_outcome o ON o.entry_id = e.id
      WHERE e.action = 'console.sign_out_everywhere' AND e.actor_id = $1`,
    [person.id],
  );
  expect(audit).toEqual([{ outcome: "success", result: { sessionsEnded: 2 } }]);
  await Promise.all([other.context.close(), thief.context.close()]);
});

test("a session past its absolute lifetime is refused, even with a cookie next-auth just re-issued", async ({
  page,
}) => {
  const person = await registerUniqueUser("session-lifetime", { admin: true });
  await signInWithPassword(page, person.id, person.password);
  await expectOverview(page);
  await consoleSql(
    `UPDATE console_session SET expires_at = now() - interval '1 second' WHERE matrix_id = $1`,
    [person.id],
  );
  // next-auth's session endpoint re-issues the cookie with a later expiry on every call.
  const reissued = await page.request.get("/api/auth/session");
  expect(reissued.ok()).toBe(true);
  const sessionCookie = reissued
    .headersArray()
    .find(
      ({ name, value }) => name.toLowerCase() === "set-cookie" && value.includes("session-token="),
    );
  const expiresAt = /Expires=([^;]+)/i.exec(sessionCookie?.value ?? "")?.[1];
  // Read from the header: Chromium rebases a stored expiry on the response's Date header, which
  // counts whole seconds, so two stored expiries can compare a second out of order.
  expect(Date.parse(expiresAt ?? "")).toBeGreaterThan(Date.now());
  await copySessionCookies(page.context()); // the browser holds it

  await expectSignedOut(page);
});

test("locking a signed-in operator ends their session: their next click goes to sign-in", async ({
  browser,
}) => {
  const { operator, theirPage, adminPage, close } = await signedInOperatorAndAdmin(
    browser,
    "session-locked",
  );

  await expect(await openUserPage(adminPage, operator.id)).toBeVisible();
  await confirmAction(adminPage, "Lock");
  await expect(adminPage.getByText(`${operator.id} is locked.`)).toBeVisible();

  await expectSignedOut(theirPage, "/users");
  expect(await consoleSessionsOf(operator.id)).toMatchObject([{ end_reason: "user_locked" }]);
  await close();
});

test("revoking a signed-in operator's role in Settings ends their session", async ({ browser }) => {
  const { operator, theirPage, adminPage, close } = await signedInOperatorAndAdmin(
    browser,
    "session-revoked",
  );

  const row = await openConsoleRoleRow(adminPage, operator.id);
  await expect(row).toContainText("1 open");
  await row.getByRole("button", { name: "Revoke" }).click();
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "Revoke role" }).click();
  await expect(adminPage.getByText(`${operator.id} no longer has a console role.`)).toBeVisible();

  await expectSignedOut(theirPage);
  expect(await consoleSessionsOf(operator.id)).toMatchObject([{ end_reason: "role_revoked" }]);
  await close();
});

test("an admin ends someone's sessions from Settings; their role stays", async ({ browser }) => {
  const { operator, theirPage, adminPage, close } = await signedInOperatorAndAdmin(
    browser,
    "session-ended",
  );

  const row = await openConsoleRoleRow(adminPage, operator.id);
  await row.getByRole("button", { name: "End sessions" }).click();
  await expect(adminPage.getByRole("alertdialog")).toContainText(
    `Ends 1 console session of ${operator.id}`,
  );
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "End sessions" }).click();
  await expect(
    adminPage.getByText(`${operator.id} is signed out: 1 console session ended.`),
  ).toBeVisible();
  await expect(row).toContainText("none");
  await expect(row).toContainText("Operator");

  await expectSignedOut(theirPage);
  expect(await findAuditRecords("console.end_sessions", operator.id)).toMatchObject([
    { outcome: "success", input: { matrixId: operator.id } },
  ]);
  await close();
});

test("a Synapse admin demoted in Synapse itself loses the console within the re-check window", async ({
  page,
}) => {
  const person = await registerUniqueUser("session-demoted", { admin: true });
  await signInWithPassword(page, person.id, person.password);
  await expectOverview(page);

  await (await synapseAsAdmin()).users.setAdmin(person.id, false);
  // Confirmed at sign-in a moment ago: the console asks Synapse again after 10 minutes.
  await page.goto("/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  // Nothing of the console stays open while the window passes. A request of the open page (its
  // pager fetches the next page ahead) could otherwise take the due check, and a request made
  // while that one asks Synapse is served as before; the next one after it is refused.
  await page.waitForLoadState("networkidle");
  await page.goto("about:blank");

  await consoleSql(
    `UPDATE console_session SET role_checked_at = now() - interval '11 minutes' WHERE matrix_id = $1`,
    [person.id],
  );
  await expectSignedOut(page, "/users");
  expect(await consoleSessionsOf(person.id)).toMatchObject([{ end_reason: "synapse_admin_lost" }]);
  expect(await findAuditRecords("console.synapse_admin_lost", person.id)).toMatchObject([
    { actor_id: "console", outcome: "success", input: { reason: "no longer a server admin" } },
  ]);
});
