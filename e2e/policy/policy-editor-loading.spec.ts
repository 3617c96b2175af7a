import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Route } from "@playwright/test";
import { storageStates } from "../fixtures/sign-in";
import { shoot } from "../fixtures/shots";
import { e2eUsers } from "../fixtures/synapse";

// A refused import loads its file into a new editor, which may still be loading when the person
// clicks a problem (a slow connection, a busy machine): the click must still take the cursor there.
// Nothing is saved by a refused import, so this runs beside the policy round.
test.use({ storageState: storageStates.admin });

const tag = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
const serverName = e2eUsers.admin.id.split(":").slice(1).join(":");

/** A policy long enough that its error is far below the editor's first screen. */
function brokenPolicy() {
  const users = Array.from({ length: 30 }, (_, index) => ({
    id: `@load-${tag}-${index}:${serverName}`,
    active: index === 27 ? "yes" : true,
    displayName: `Loading ${index}`,
  }));
  return `${JSON.stringify({ schemaVersion: 2, flags: {}, managedRoomIds: [], users }, null, 2)}\n`;
}

/** CodeMirror's built code: its lint theme names this class. */
const EDITOR_CODE_MARK = "cm-lintRange-error";

test("a problem clicked while the editor loads moves its cursor once it is there", async ({
  page,
}) => {
  const text = brokenPolicy();
  const errorLine = text.split("\n").findIndex((line) => line.includes('"active": "yes"')) + 1;
  const file = path.join(tmpdir(), `policy-loading-${tag}.json`);
  await writeFile(file, text);

  // The editor's code is held back until the problem has been clicked.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route("**/_next/static/chunks/*.js", async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(EDITOR_CODE_MARK)) {
      held += 1;
      await released;
    }
    await route.fulfill({ response, body });
  });

  await page.goto("/policy");
  await expect(page.getByRole("heading", { level: 1, name: "Policy" })).toBeVisible();
  await expect(page.getByLabel("Loading the editor")).toBeVisible();
  await page.getByLabel("Policy file to import").setInputFiles(file);
  await expect(page.getByTestId("policy-import-refused")).toBeVisible();
  const problem = page.getByTestId("policy-problem").filter({ hasText: "active" }).first();
  await problem.getByRole("button", { name: new RegExp(`^${errorLine}:\\d+$`) }).click();
  // The click came while the editor was still loading.
  await expect(page.getByLabel("Loading the editor")).toBeVisible();
  expect(held).toBeGreaterThan(0);

  release();
  const editorLine = page.locator(".cm-line").filter({ hasText: '"active": "yes"' });
  await expect(editorLine.locator(".cm-lintRange-error")).toBeVisible();
  await expect(page.locator(".cm-activeLine")).toContainText('"active": "yes"');
  await expect(page.getByRole("textbox", { name: "Policy document" })).toBeFocused();
  await shoot(page, "policy-editor-loaded-at-problem");
});
