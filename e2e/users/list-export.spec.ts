import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { consoleSql } from "../fixtures/console-db";
import { seedRooms } from "../fixtures/rooms";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.operator });

/** Display names a CSV writer must quote: commas, quotes and a line break. */
const AWKWARD = ['Doe, "Jay"', "two\nlines", 'all of it, "here"\nand more'];

/** Clicks "Download CSV" and parses the file, dropping the ' that defuses formula-like cells. */
async function downloadCsv(page: Page) {
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  const text = await readFile((await download.path())!, "utf8");
  const records = parse(text, { columns: true }) as Array<Record<string, string>>;
  const rows = records.map((record) =>
    Object.fromEntries(
      Object.entries(record).map(([key, value]) => [key, value.replace(/^'(?=[=+\-@\t\r])/, "")]),
    ),
  );
  return { filename: download.suggestedFilename(), rows };
}

const exportEntries = (action: string, q: string) =>
  consoleSql<{ actor_id: string; outcome: string | null; result: unknown }>(
    `SELECT e.actor_id, o.outcome, o.result FROM audit_entry e
       LEFT JOIN audit_outcome o ON o.entry_id = e.id
      WHERE e.action = $1 AND e.input -> 'filter' ->> 'q' = $2`,
    [action, q],
  );

test("the users list downloads as CSV under its filter: every matching user, awkward names intact, audited", async ({
  page,
}) => {
  const tag = `csv${randomBytes(4).toString("hex")}`;
  const synapse = await synapseAsAdmin();
  const seeded = [];
  for (const displayname of AWKWARD) {
    const user = await registerUniqueUser(tag);
    await synapse.users.update(user.id, { displayname });
    seeded.push({ id: user.id, displayname });
  }

  await page.goto("/users");
  await page.getByLabel("Search user ID or display name").fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByTestId("users-total")).toHaveText("3 users match");
  const listTotal = Number(
    /^(\d+)/.exec((await page.getByTestId("users-total").textContent()) ?? "")?.[1],
  );
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute(
    "href",
    `/api/v1/users/export?q=${tag}`,
  );

  await shoot(page, "users-download-csv");
  const { filename, rows } = await downloadCsv(page);
  expect(filename).toMatch(/^synapse-users-\d{4}-\d{2}-\d{2}\.csv$/);
  // As many rows as the list says match, and the same users.
  expect(rows).toHaveLength(listTotal);
  const byId = (a: { id?: string }, b: { id?: string }) => (a.id ?? "").localeCompare(b.id ?? "");
  expect(rows.map((row) => ({ id: row.name, displayname: row.displayname })).sort(byId)).toEqual(
    seeded.sort(byId),
  );
  expect(rows[0]).toMatchObject({
    admin: "false",
    deactivated: "false",
    locked: "false",
    shadow_banned: "false",
    user_type: "normal",
  });
  expect(new Date(rows[0]!.creation_time!).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);

  await expect
    .poll(() => exportEntries("users.export", tag))
    .toEqual([
      { actor_id: process.env.E2E_OPERATOR_USER, outcome: "success", result: { rows: 3 } },
    ]);
});

test("the rooms list downloads as CSV under its search, every matching room", async ({ page }) => {
  const tag = `csvroom${randomBytes(4).toString("hex")}`;
  const names = [`${tag} lobby, "main"`, `${tag} second\nline`];
  const { creator, roomIds } = await seedRooms(names);

  await page.goto("/rooms");
  await page.getByLabel("Search", { exact: true }).fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute(
    "href",
    `/api/v1/rooms/export?q=${tag}`,
  );
  const { rows } = await downloadCsv(page);
  expect(rows.map((row) => row.room_id).sort()).toEqual([...roomIds].sort());
  expect(rows.map((row) => row.name).sort()).toEqual([...names].sort());
  expect(rows[0]).toMatchObject({ creator: creator.id, joined_members: "1", join_rules: "invite" });
  await expect
    .poll(() => exportEntries("rooms.export", tag))
    .toEqual([
      { actor_id: process.env.E2E_OPERATOR_USER, outcome: "success", result: { rows: 2 } },
    ]);
});

test("the exports give nothing without a session, nor with a forged one", async ({
  playwright,
}) => {
  const tag = `csvanon${randomBytes(4).toString("hex")}`;
  const user = await registerUniqueUser(tag);
  const forged = `next-auth.session-token=${randomBytes(200).toString("base64url")}`;
  for (const headers of [{}, { Cookie: forged }] as Array<Record<string, string>>) {
    const anonymous = await playwright.request.newContext({
      baseURL: test.info().project.use.baseURL,
      storageState: { cookies: [], origins: [] },
      extraHTTPHeaders: headers,
    });
    for (const path of [`/api/v1/users/export?q=${tag}`, `/api/v1/rooms/export?q=${tag}`]) {
      const answer = await anonymous.get(path, { maxRedirects: 0 });
      expect(answer.status(), path).not.toBe(200);
      expect(await answer.text()).not.toContain(user.id);
    }
    await anonymous.dispose();
  }
  expect(await exportEntries("users.export", tag)).toEqual([]);
});
