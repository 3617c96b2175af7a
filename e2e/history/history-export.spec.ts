import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import {
  ENTRY_INSERT,
  entryInsertValues,
  OUTCOME_INSERT,
  outcomeInsertValues,
} from "@/lib/audit/testing/chained-rows";
import { consoleSql, grantConsoleRole } from "../fixtures/console-db";
import { storageStates, signInInNewBrowser } from "../fixtures/sign-in";
import { shoot } from "../fixtures/shots";
import { registerUniqueUser } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

/** Three chained entries of an action of their own, each with its outcome, as the log keeps them. */
async function seedEntries() {
  const action = `e2e.export_${randomBytes(4).toString("hex")}`;
  const targets: string[] = [];
  for (const i of [1, 2, 3]) {
    const targetId = `@export-${i}-${randomBytes(3).toString("hex")}:localhost`;
    const [entry] = await consoleSql<{ id: string }>(
      ENTRY_INSERT,
      entryInsertValues({
        actorId: "@e2e-admin:localhost",
        action,
        targetType: "user",
        targetId,
        input: { userId: targetId, note: `seeded ${i}` },
      }),
    );
    await consoleSql(OUTCOME_INSERT, outcomeInsertValues(entry!.id, { outcome: "success" }));
    targets.push(targetId);
  }
  return { action, targets };
}

test("an admin exports the filtered History as CSV with its hashes, and verifies the log", async ({
  page,
}) => {
  const { action, targets } = await seedEntries();
  await page.goto(`/history?action=${action}`);
  for (const target of targets) await expect(page.getByText(target).first()).toBeVisible();
  await shoot(page, "history-export-filtered");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^synapse-console-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const [header, ...records] = csv.trimEnd().split("\n");
  expect(header).toMatch(/^id,request_id,at,actor_id,.*,entry_hash,.*,outcome_hash$/);
  expect(records).toHaveLength(3);
  const stored = await consoleSql<{ target_id: string; entry_hash: string; outcome_hash: string }>(
    `SELECT e.target_id, encode(e.hash, 'hex') AS entry_hash, encode(o.hash, 'hex') AS outcome_hash
       FROM audit_entry e JOIN audit_outcome o ON o.entry_id = e.id
      WHERE e.action = $1 ORDER BY e.chain_seq`,
    [action],
  );
  stored.forEach((row, index) => {
    expect(records[index]).toContain(row.target_id);
    expect(records[index]).toContain(`,${row.entry_hash},`);
    expect(records[index]!.endsWith(`,${row.outcome_hash}`)).toBe(true);
  });
  // The export is in the log itself.
  await expect
    .poll(async () =>
      consoleSql<{ outcome: string | null; result: unknown }>(
        `SELECT o.outcome, o.result FROM audit_entry e LEFT JOIN audit_outcome o ON o.entry_id = e.id
          WHERE e.action = 'history.export' AND e.input -> 'filter' ->> 'action' = $1`,
        [action],
      ),
    )
    .toEqual([{ outcome: "success", result: { rows: 3 } }]);

  // The same route refuses a filter it cannot read, saying why, rather than export everything.
  const refused = await page.request.get("/api/v1/history/export?format=csv&from=soon");
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain('- from: "soon" is not a date, such as 2026-12-01');

  await page.getByRole("button", { name: "Verify the log" }).click();
  await page.getByRole("link", { name: "View the verification" }).click();
  await expect(page).toHaveURL(/\/jobs\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("run-summary-headline")).toHaveText(
    /^Intact: [\d,]+ entries and [\d,]+ outcomes, [\d,]+ links\.$/,
    { timeout: 30_000 },
  );
  await shoot(page, "history-verify-run");
});

test("a viewer may export the History but sees no verify button", async ({ browser }) => {
  const viewer = await registerUniqueUser("historyviewer");
  await grantConsoleRole(viewer.id, "viewer");
  const { context, page } = await signInInNewBrowser(browser, viewer);
  await page.goto("/history");
  await expect(page.getByRole("link", { name: "Export NDJSON" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Verify the log" })).toHaveCount(0);
  await shoot(page, "history-viewer-header", { viewport: true });

  const { action } = await seedEntries();
  const exported = await page.request.get(`/api/v1/history/export?format=ndjson&action=${action}`);
  expect(exported.status()).toBe(200);
  expect((await exported.text()).trimEnd().split("\n")).toHaveLength(3);
  await context.close();

  // Without a session the route is not reached at all; with a cookie that is no session, it says so.
  const signedOut = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const away = await signedOut.request.get("/api/v1/history/export?format=csv", {
    maxRedirects: 0,
  });
  expect(away.status()).toBe(307);
  expect(away.headers()["location"]).toContain("/sign-in");
  await signedOut.close();
});
