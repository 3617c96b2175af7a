import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Dialog, type Page } from "@playwright/test";
import { MASKED_CREDENTIAL } from "@/lib/policy/document/mask-credentials";
import { grantConsoleRole } from "../fixtures/console-db";
import { expectExamplePlaceholders } from "../fixtures/placeholders";
import { signInInNewBrowser, storageStates } from "../fixtures/sign-in";
import { shoot } from "../fixtures/shots";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

// The whole policy round, as an admin would go through it: import a file with an error, fix it
// in the editor, save versions, compare two, plan, apply with progress, read the audit entries,
// and a report-mode reconcile that finds drift; then a policy with groups, summed up and planned.
// The policy is one per console, so this file is the only one that saves versions, and its steps
// run in order.
test.describe.configure({ mode: "serial" });
test.use({ storageState: storageStates.admin });

const tag = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
const serverName = e2eUsers.admin.id.split(":").slice(1).join(":");
const roomAlias = `#policy-${tag}:${serverName}`;
/** Enough users that the apply run is seen running. */
const NEW_USERS = 24;
const newUserId = (index: number) => `@pol-${tag}-${index}:${serverName}`;

type PolicyUser = Record<string, unknown>;

function policyText(users: PolicyUser[]) {
  return `${JSON.stringify(
    {
      schemaVersion: 2,
      identificationStamp: `e2e-${tag}`,
      flags: { allowCustomUserDisplayNames: false },
      rooms: [
        { alias: roomAlias, name: `Policy room ${tag}`, topic: "Declared by the e2e policy" },
      ],
      managedRoomIds: [roomAlias],
      users,
    },
    null,
    2,
  )}\n`;
}

const newUsers = (): PolicyUser[] =>
  Array.from({ length: NEW_USERS }, (_, index) => ({
    id: newUserId(index),
    active: true,
    authType: "passthrough",
    authCredential: `pw-${tag}-${index}`,
    displayName: `Policy person ${index}`,
    joinedRooms: [{ roomId: roomAlias, powerLevel: index === 0 ? 50 : 0 }],
  }));

/** The editor's whole text replaced, as a paste would. */
async function replaceEditorText(page: Page, text: string) {
  const editor = page.getByRole("textbox", { name: "Policy document" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
}

async function saveVersion(page: Page, message: string) {
  await page.getByLabel("What changed").fill(message);
  await page.getByRole("button", { name: "Save version" }).click();
  const current = page.getByTestId("policy-current-version");
  await expect(current).toContainText(message);
  // The toast of this save, by the number the page now shows: an earlier save's toast can still be
  // on screen (a CI run found "Saved as version 1." beside "Saved as version 2.").
  const number = (await current.textContent())?.match(/^Version (\d+) /)?.[1];
  expect(number).toBeDefined();
  await expect(page.getByText(`Saved as version ${number}.`, { exact: true })).toBeVisible();
}

async function makePlan(page: Page) {
  await page.goto("/policy");
  await page.getByRole("button", { name: /^Make a plan of version \d+$/ }).click();
  await expect(page).toHaveURL(/\/policy\/plans\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(
    page.getByRole("heading", { level: 1, name: /^Plan of policy version \d+$/ }),
  ).toBeVisible();
  return page.url();
}

test("a policy is imported, fixed, saved, compared, planned, applied and kept in sync", async ({
  page,
  browser,
}) => {
  // Three applies, a reconcile and three sign-ins: minutes on a busy machine.
  test.setTimeout(540_000);
  const existing = await registerUniqueUser(`pol-${tag}-kept`);
  const users = [
    ...newUsers(),
    {
      id: existing.id,
      active: true,
      displayName: `Kept ${tag}`,
      joinedRooms: [{ roomId: roomAlias }],
    },
  ];

  await test.step("import a file with an error: refused at its line, loaded into the editor", async () => {
    const broken = policyText(users).replace(
      `"id": "${newUserId(3)}",\n      "active": true`,
      `"id": "${newUserId(3)}",\n      "active": "yes"`,
    );
    const lines = broken.split("\n");
    const errorLine = lines.findIndex((line) => line.includes('"active": "yes"')) + 1;
    expect(errorLine).toBeGreaterThan(1);
    const file = path.join(tmpdir(), `policy-${tag}.json`);
    await writeFile(file, broken);

    await page.goto("/policy");
    await expect(page.getByRole("heading", { level: 1, name: "Policy" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Policy", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const versionsBefore = await page.request.get("/api/v1/policy/export");
    await page.getByLabel("Policy file to import").setInputFiles(file);
    const refused = page.getByTestId("policy-import-refused");
    await expect(refused).toContainText(`policy-${tag}.json was not imported`);
    await expect(refused).toContainText(
      new RegExp(`Nothing was saved: line ${errorLine}, column \\d+: .*active`),
    );
    // Nothing saved: the export still gives what it gave before.
    const versionsAfter = await page.request.get("/api/v1/policy/export");
    expect(versionsAfter.status()).toBe(versionsBefore.status());
    if (versionsBefore.ok()) expect(await versionsAfter.text()).toBe(await versionsBefore.text());

    const problem = page.getByTestId("policy-problem").filter({ hasText: "active" }).first();
    await expect(problem).toHaveAttribute("data-severity", "error");
    await expect(
      problem.getByRole("button", { name: new RegExp(`^${errorLine}:\\d+$`) }),
    ).toBeVisible();
    // The editor marks it at that line, in the text and the gutter.
    const editorLine = page.locator(".cm-line").filter({ hasText: '"active": "yes"' });
    await problem.getByRole("button").click();
    await expect(editorLine.locator(".cm-lintRange-error")).toBeVisible();
    await expect(page.locator(".cm-gutter-lint .cm-lint-marker-error").first()).toBeVisible();
    await expect(page.locator(".cm-activeLine")).toContainText('"active": "yes"');
    await expect(page.getByTestId("policy-summary")).toHaveCount(0);
    await shoot(page, "policy-editor-error");
  });

  await test.step("fix it in the editor and save a version", async () => {
    await replaceEditorText(page, policyText(users));
    await expect(page.getByTestId("policy-problem-count")).toHaveText(
      /^0 errors, \d+ warnings?\.$|^No errors or warnings\.$/,
    );
    await expect(page.getByTestId("policy-summary")).toContainText(
      `${NEW_USERS + 1} managed users`,
    );
    await expect(page.getByTestId("policy-summary")).toContainText(
      "1 managed room, 1 declared room",
    );
    await page.getByLabel("Filter users").fill(`Kept ${tag}`);
    await expect(page.getByTestId("policy-user-row")).toHaveCount(1);
    await expect(page.getByTestId("policy-user-row")).toContainText(existing.id);
    await expectExamplePlaceholders(page.getByRole("main"), 2);

    // Saving needs a message; then it is the current version.
    await page.getByRole("button", { name: "Save version" }).click();
    await expect(page.locator("#policy-save-error")).toHaveText(
      "Message is required: say what changed",
    );
    await saveVersion(page, `Import the team ${tag}`);
    const exported = await page.request.get("/api/v1/policy/export");
    expect(exported.headers()["content-disposition"]).toMatch(
      /^attachment; filename="policy-v\d+\.json"$/,
    );
    expect(await exported.text()).toBe(policyText(users));
    const schema = await page.request.get("/api/v1/policy/schema.json");
    expect(await schema.json()).toMatchObject({
      $schema: expect.stringContaining("json-schema.org"),
    });
  });

  await test.step("the editor explains fields and completes keys from the JSON Schema", async () => {
    // A few characters into the line: inside the key, past its two spaces of indentation.
    await page
      .locator(".cm-line")
      .filter({ hasText: '"managedRoomIds"' })
      .hover({ position: { x: 40, y: 8 } });
    await expect(page.locator(".cm-tooltip-hover")).toContainText(
      "Rooms whose membership the policy decides",
    );
    await page.locator(".cm-line").filter({ hasText: '"schemaVersion": 2,' }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type('"hoo');
    // Enter only once the editor shows what was typed and offers hooks as the chosen option, and
    // past CodeMirror's interactionDelay (75 ms): the list ignores Enter that soon after it opens or
    // changes, so a stray keypress picks nothing (Enter then splits the line, as a trace-less run
    // showed: Playwright presses within milliseconds).
    await expect(page.locator(".cm-activeLine")).toHaveText(/^ {2}"hoo"?$/);
    await expect(page.locator(".cm-tooltip-autocomplete [aria-selected='true']")).toContainText(
      "hooks",
    );
    await page.waitForTimeout(200);
    await page.keyboard.press("Enter");
    await expect(page.locator(".cm-activeLine")).toHaveText('  "hooks": ');
  });

  await test.step("save a second version and compare the two, line by line", async () => {
    users[1] = { ...users[1], displayName: `Renamed ${tag}` };
    await replaceEditorText(page, policyText(users));
    // Unsaved, leaving asks first and a cancel stays (unsaved-changes.spec.ts has the rest); saved
    // as a version, it leaves without asking.
    const asked: string[] = [];
    const stay = (dialog: Dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    };
    page.on("dialog", stay);
    await page.getByRole("link", { name: "Versions" }).click();
    expect(asked).toEqual([expect.stringContaining("not saved as a version")]);
    await expect(page).toHaveURL(/\/policy$/);
    // A plan is of the saved version: with edits unsaved, making one asks first.
    await page.getByRole("button", { name: /^Make a plan of version \d+$/ }).click();
    const question = page.getByRole("alertdialog");
    await expect(question).toContainText(/^Plan version \d+ without your edits\?/);
    await expect(question).toContainText("Your changes are kept as this tab's draft");
    await question.getByRole("button", { name: "Cancel" }).click();
    await expect(question).toBeHidden();
    await expect(page).toHaveURL(/\/policy$/);
    await saveVersion(page, `Rename person 1 ${tag}`);

    await page.getByRole("link", { name: "Versions" }).click();
    const rows = page.getByTestId("version-row");
    await expect(rows.first()).toContainText(`Rename person 1 ${tag}`);
    await expect(rows.nth(1)).toContainText(`Import the team ${tag}`);
    expect(asked).toHaveLength(1);
    page.off("dialog", stay);
    await expect(rows.first()).toContainText(e2eUsers.admin.id);
    await page.getByRole("button", { name: "Compare the chosen versions" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Compare policy versions" }),
    ).toBeVisible();
    await expect(page.getByTestId("diff-summary")).toHaveText("1 line added, 1 line removed.");
    await expect(page.locator('[data-diff="removed"]')).toContainText(
      '"displayName": "Policy person 1"',
    );
    await expect(page.locator('[data-diff="added"]')).toContainText(
      `"displayName": "Renamed ${tag}"`,
    );
    await shoot(page, "policy-diff");
  });

  let planUrl = "";
  await test.step("plan: counts, every action as a sentence, filterable", async () => {
    planUrl = await makePlan(page);
    const counts = page.getByTestId("plan-count");
    await expect(counts.filter({ hasText: "room.create" })).toContainText("1");
    await expect(counts.filter({ hasText: "user.create" })).toContainText(String(NEW_USERS));
    await expect(counts.filter({ hasText: "room.join" })).toContainText(String(NEW_USERS + 1));
    await expect(
      page
        .getByTestId("plan-action")
        .filter({ hasText: newUserId(5) })
        .first(),
    ).toBeVisible();
    await page.getByLabel("Filter actions").fill(existing.id);
    await expect(page.getByTestId("plan-shown")).toHaveText(/^\d+ of \d+ actions$/);
    for (const sentence of await page.getByTestId("plan-action").allTextContents()) {
      expect(sentence).toContain(existing.id);
    }
    await page.getByLabel("Filter actions").fill("");
    await page.getByLabel("Filter actions").blur();
    await shoot(page, "policy-plan");
  });

  let runUrl = "";
  await test.step("apply: a job with progress to the end; then the plan is empty", async () => {
    await page.getByRole("button", { name: "Apply…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: /^Apply \d+ actions$/ }).click();
    await expect(page).toHaveURL(/\/jobs\/runs\/[0-9a-f-]{36}$/);
    runUrl = page.url();
    // Caught running with items listed, unless it was quicker than the page's polling.
    await page.waitForFunction(
      () => {
        const status = document.querySelector('[data-testid="run-status"]')?.textContent;
        const items = document.querySelector('[data-testid="run-item-row"]');
        return (status === "running" && items !== null) || status === "succeeded";
      },
      undefined,
      { timeout: 120_000 },
    );
    await shoot(page, "policy-apply-running");
    await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 120_000 });
    await expect(page.getByTestId("run-item-row").first()).toBeVisible();

    const synapse = await synapseAsAdmin();
    const created = await synapse.users.get(newUserId(1));
    expect(created.displayname).toBe(`Renamed ${tag}`);
    const roomId = (await synapse.rooms.list({ search_term: `Policy room ${tag}` })).rooms[0]
      ?.room_id;
    expect(roomId).toMatch(/^!/);
    expect(await synapse.users.joinedRooms(existing.id)).toContain(roomId);

    await makePlan(page);
    await expect(page.getByTestId("plan-nothing")).toHaveText(
      "Nothing to do: Synapse already matches this version of the policy.",
    );
    await page.goto(planUrl);
    await expect(page.getByRole("table", { name: "Apply runs of this plan" })).toContainText(
      "succeeded",
    );
  });

  await test.step("the audit entries show on the user's page", async () => {
    await page.goto(`/users/${encodeURIComponent(newUserId(0))}`);
    const history = page.getByRole("table", { name: "Audit log" });
    const runId = runUrl.split("/").pop() ?? "";
    await expect(
      history
        .getByRole("row")
        .filter({ hasText: `job:${runId}` })
        .first(),
    ).toBeVisible();
    await expect(history).not.toContainText(`pw-${tag}-0`);
  });

  await test.step("a report-mode reconcile, run now, finds the drift and the Policy page shows it", async () => {
    await page.goto("/policy");
    await replaceEditorText(
      page,
      policyText([...users, { id: newUserId(99), active: true, displayName: "Late arrival" }]),
    );
    await saveVersion(page, `Late arrival ${tag}`);
    await page.getByRole("link", { name: "Schedule a report-mode reconcile" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New job" })).toBeVisible();
    await expect(page.getByLabel("Kind")).toHaveValue("policy_reconcile");
    await expect(page.getByLabel("Parameters (JSON)")).toHaveValue('{"mode":"report"}');
    await page.getByLabel("Name").fill(`Policy drift ${tag}`);
    await page.getByLabel("Schedule (cron, five fields)").fill("0 4 * * *");
    await page.getByRole("button", { name: "Create job" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Policy drift ${tag}` }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Run now" }).click();
    await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 60_000 });

    await page.goto("/policy");
    const drift = page.getByTestId("policy-drift");
    await expect(drift).toContainText(
      /^drift\s*\d+ actions? of drift, found at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC by this run\.$/,
    );
    await expect(page.getByRole("table", { name: "Jobs" })).toContainText(`Policy drift ${tag}`);
    await drift.getByRole("link", { name: /of drift$/ }).click();
    await expect(
      page
        .getByTestId("plan-action")
        .filter({ hasText: newUserId(99) })
        .first(),
    ).toBeVisible();
  });

  await test.step("a plan above the removal guard is applied only with its count typed back", async () => {
    const leaving = [20, 21, 22, 23];
    const kept = users.map((user, index) =>
      leaving.includes(index) ? { ...user, active: false } : user,
    );
    await page.goto("/policy");
    await replaceEditorText(page, policyText(kept));
    await saveVersion(page, `Four leave ${tag}`);
    await makePlan(page);
    const counts = page.getByTestId("plan-count");
    await expect(counts.filter({ hasText: "user.deactivate" })).toContainText("4");
    const totals = await page.getByTestId("plan-totals").textContent();
    const removals = Number(totals?.match(/(\d+) removals?$/)?.[1]);
    expect(removals).toBeGreaterThanOrEqual(4);
    await page.getByRole("button", { name: "Apply…" }).click();
    const dialog = page.getByRole("dialog");
    const apply = dialog.getByRole("button", { name: /^Apply \d+ actions?$/ });
    await expect(dialog.getByLabel(`Type ${removals} to confirm.`, { exact: false })).toBeVisible();
    await expect(apply).toBeDisabled();
    await dialog.getByRole("textbox").fill(String(removals - 1));
    await expect(dialog.getByText(`Type exactly ${removals}.`)).toBeVisible();
    await expect(apply).toBeDisabled();
    await dialog.getByRole("textbox").fill(String(removals));
    await apply.click();
    await expect(page).toHaveURL(/\/jobs\/runs\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 120_000 });
    const synapse = await synapseAsAdmin();
    expect((await synapse.users.get(newUserId(20))).deactivated).toBe(true);
    expect((await synapse.users.get(newUserId(19))).deactivated).toBe(false);
  });

  await test.step("the policy's own changes are in its history", async () => {
    await page.goto("/policy/versions");
    const history = page.getByRole("table", { name: "Audit log" });
    for (const action of ["policy.save", "policy.apply"]) {
      await expect(history.getByRole("row").filter({ hasText: action }).first()).toBeVisible();
    }
    await expect(history).not.toContainText(`pw-${tag}`);
  });

  await test.step("an operator plans but may not apply; a viewer reads only", async () => {
    const operator = await signInInNewBrowser(browser, e2eUsers.operator);
    await operator.page.goto(planUrl);
    await expect(operator.page.getByText("Only a console admin may apply a plan.")).toBeVisible();
    await expect(operator.page.getByRole("button", { name: "Apply…" })).toHaveCount(0);
    await operator.page.goto("/policy");
    await expect(
      operator.page.getByRole("button", { name: /^Make a plan of version \d+$/ }),
    ).toBeVisible();
    await expect(
      operator.page.getByRole("link", { name: "Schedule a report-mode reconcile" }),
    ).toHaveCount(0);
    // An operator's save: unattended applies then act with an operator's rights, and say so.
    const current = await (await operator.page.request.get("/api/v1/policy")).text();
    const saved = await operator.page.request.put(
      `/api/v1/policy?message=${encodeURIComponent(`Operator's edit ${tag}`)}`,
      { data: `${current}\n` },
    );
    expect(saved.ok()).toBe(true);
    await operator.context.close();
    await page.goto("/policy");
    const rights = page.getByTestId("policy-rights");
    await expect(rights).toContainText(
      `saved by ${e2eUsers.operator.id}, came after the last plan`,
    );
    await expect(rights).toContainText("operator's rights");
    await shoot(
      page.getByRole("heading", { name: "Keep in sync" }).locator("xpath=../.."),
      "policy-rights",
    );

    const viewer = await registerUniqueUser(`pol-${tag}-viewer`);
    await grantConsoleRole(viewer.id, "viewer");
    const reader = await signInInNewBrowser(browser, viewer);
    await reader.page.goto("/policy");
    // The viewer's copy, credentials masked, reads without a problem: summary and users show.
    await expect(reader.page.getByTestId("policy-summary")).toBeVisible();
    await expect(
      reader.page.getByText("You can read the policy; operators and admins edit it."),
    ).toBeVisible();
    for (const name of ["Save version", "Import a file", /^Make a plan/]) {
      await expect(reader.page.getByRole("button", { name })).toHaveCount(0);
    }
    await expect(reader.page.getByRole("textbox", { name: "Policy document" })).toHaveAttribute(
      "contenteditable",
      "false",
    );
    await shoot(reader.page, "policy-viewer");
    // A viewer's copy of every page and download has the users' credentials masked.
    const download = await reader.page.request.get("/api/v1/policy/export");
    expect(download.ok()).toBe(true);
    expect(download.headers()["content-disposition"]).toMatch(
      /filename="policy-v\d+-credentials-hidden\.json"$/,
    );
    const exported = await download.text();
    expect(exported).toContain(JSON.stringify(MASKED_CREDENTIAL));
    const policyPage = await (await reader.page.request.get("/policy")).text();
    expect(policyPage).toContain("Policy person 0");
    for (const path of ["/api/v1/policy/export", "/policy", "/policy/diff"]) {
      const body = await (await reader.page.request.get(path)).text();
      expect(body, path).not.toContain(`pw-${tag}`);
    }
    await reader.context.close();
  });
});

test("groups: typed in the editor, summed up, shown per user, and planned as joins", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const lobby = `#groups-${tag}:${serverName}`;
  const staff = `staff-${tag}`;
  const readers = `readers-${tag}`;
  const [lead, reader] = ["lead", "reader"].map((name) => `@grp-${tag}-${name}:${serverName}`);
  const text = `${JSON.stringify(
    {
      schemaVersion: 2,
      identificationStamp: `e2e-groups-${tag}`,
      rooms: [{ alias: lobby, name: `Groups room ${tag}` }],
      managedRoomIds: [lobby],
      groups: [
        { name: staff, joinedRooms: [{ roomId: lobby, powerLevel: 50 }] },
        { name: readers, joinedRooms: [{ roomId: lobby }] },
      ],
      users: [
        { id: lead, active: true, displayName: "Group lead", groups: [readers, staff] },
        { id: reader, active: true, displayName: "Group reader", groups: [readers] },
      ],
    },
    null,
    2,
  )}\n`;

  await test.step("an unknown group is refused at its line", async () => {
    await page.goto("/policy");
    await replaceEditorText(
      page,
      text.replace(`"${readers}"\n      ]`, `"nobody-${tag}"\n      ]`),
    );
    const problem = page.getByTestId("policy-problem").filter({ hasText: `nobody-${tag}` });
    await expect(problem).toHaveAttribute("data-severity", "error");
    await expect(problem).toContainText(`group "nobody-${tag}" is not declared under "groups"`);
    await expect(page.getByTestId("policy-summary")).toHaveCount(0);
  });

  await test.step("the summary counts groups and members; the users table lists each user's", async () => {
    await replaceEditorText(page, text);
    await expect(page.getByTestId("policy-problem-count")).toHaveText("No errors or warnings.");
    await expect(page.getByTestId("policy-summary")).toContainText(
      `2 groups: ${staff} (1 member), ${readers} (2 members)`,
    );
    const table = page.getByRole("table", { name: "Managed users" });
    await expect(table.getByRole("columnheader", { name: "Groups" })).toBeVisible();
    await expect(
      page
        .getByTestId("policy-user-row")
        .filter({ hasText: lead })
        .getByTestId("policy-user-groups"),
    ).toHaveText(`${readers}, ${staff}`);
    await page.getByLabel("Filter users").fill(staff);
    await expect(page.getByTestId("policy-user-row")).toHaveCount(1);
    await shoot(page, "policy-groups-editor");
    await page.getByLabel("Filter users").fill("");
    await saveVersion(page, `Groups ${tag}`);
  });

  await test.step("the plan joins both members, the lead at the staff group's level", async () => {
    await makePlan(page);
    const counts = page.getByTestId("plan-count");
    await expect(counts.filter({ hasText: "room.join" })).toContainText("2");
    const actions = page.getByTestId("plan-action");
    await expect(actions.filter({ hasText: `Join ${lead} to ${lobby}` })).toHaveCount(1);
    await expect(actions.filter({ hasText: `Join ${reader} to ${lobby}` })).toHaveCount(1);
    await expect(actions.filter({ hasText: `Set power in ${lobby}: ${lead} → 50` })).toHaveCount(1);
    await shoot(page, "policy-groups-plan");
  });
});
