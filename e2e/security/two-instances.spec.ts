import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { consoleServers, startConsoleLikeConfigured } from "../fixtures/console-servers";
import {
  browserWithCookies,
  copySessionCookies,
  expectSignedOut,
  signOutFromMenu,
} from "../fixtures/session-cookie";
import { expectOverview, signInWithPassword } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

// A second production console on the same database and Synapse, as a second instance behind one
// address would be. Browsers keep cookies per host, not per port, so one cookie reaches both.
// Several sign-ins per test on a machine shared by many runs: one minute was seen to be too short.
test.describe.configure({ timeout: 180_000 });
let second: Awaited<ReturnType<typeof startConsoleLikeConfigured>> | undefined;
const first = consoleServers.configured.url;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  second = await startConsoleLikeConfigured({ portOffset: 3, name: "second-instance" });
});

test.afterAll(() => second?.stop());

test("sign in on one instance, act on the other, sign out on one and be refused on the other", async ({
  page,
  browser,
}) => {
  const url = second!.url;
  const person = await registerUniqueUser("two-instances", { admin: true });
  const renamed = await registerUniqueUser("two-instances-renamed");

  await signInWithPassword(page, person.id, person.password, first);
  await expectOverview(page);

  // The session made by the first instance counts on the second.
  await page.goto(`${url}/`);
  await expectOverview(page);
  const newName = `Renamed on the second instance ${Date.now()}`;
  await page.goto(`${url}/users/${encodeURIComponent(renamed.id)}`);
  await page.getByRole("button", { name: "Edit profile" }).click();
  await page.getByRole("dialog").getByLabel("Display name").fill(newName);
  await page.getByRole("dialog").getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText(`The profile of ${renamed.id} was saved.`)).toBeVisible();
  expect((await (await synapseAsAdmin()).users.get(renamed.id)).displayname).toBe(newName);
  expect(await findAuditRecords("user.update_profile", renamed.id)).toMatchObject([
    { actor_id: person.id, outcome: "success" },
  ]);

  // The same cookie, copied into another browser, works on both until the sign-out.
  const copy = await browserWithCookies(browser, await copySessionCookies(page.context()));
  await copy.page.goto(`${url}/`);
  await expectOverview(copy.page);

  await page.goto(`${first}/`);
  await signOutFromMenu(page, person.id);

  await expectSignedOut(copy.page, `${url}/`);
  await expectSignedOut(copy.page, `${first}/`);
  await copy.context.close();
});
