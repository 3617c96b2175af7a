import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { storageStates } from "../fixtures/sign-in";
import { shoot } from "../fixtures/shots";

// Edits in the policy editor that are not saved as a version are not lost without a word: leaving
// by a link or Back asks first and can be cancelled, a reload asks through the browser and brings
// the draft back with a notice. Nothing is saved here, so this runs beside the policy round of
// policy-editor.spec.ts, which checks that a saved document leaves without asking.
test.use({ storageState: storageStates.admin });

const tag = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
const LEAVE_QUESTION =
  "The policy editor has changes that are not saved as a version. Leave and discard them?";

type Answer = "accept" | "dismiss";

/** Answers the page's dialogs as told, and keeps what each one was. */
function answerDialogs(page: Page) {
  const asked: { type: string; message: string }[] = [];
  let answer: Answer = "dismiss";
  page.on("dialog", (dialog) => {
    asked.push({ type: dialog.type(), message: dialog.message() });
    void (answer === "accept" ? dialog.accept() : dialog.dismiss());
  });
  return { asked, answerWith: (next: Answer) => (answer = next) };
}

const sidebarLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });

/** Types at the document's very start, so the mark shows on the editor's first screen. */
async function typeAtStart(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Policy document" }).click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type(text);
}

const editorText = (page: Page) => page.locator(".cm-content");

test("unsaved edits ask before a link or Back leaves; cancel stays with them, confirm leaves", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const mark = `unsaved-${tag}-link`;
  const dialogs = answerDialogs(page);

  await page.goto("/tokens");
  await sidebarLink(page, "Policy").click();
  await expect(page.getByRole("heading", { level: 1, name: "Policy" })).toBeVisible();
  await typeAtStart(page, mark);
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeVisible();

  await test.step("a sidebar link asks; cancelled, the page and the text stay", async () => {
    await sidebarLink(page, "Users").click();
    expect(dialogs.asked).toEqual([{ type: "confirm", message: LEAVE_QUESTION }]);
    await expect(page).toHaveURL(/\/policy$/);
    await expect(editorText(page)).toContainText(mark);
    await expect(sidebarLink(page, "Policy")).toHaveAttribute("aria-current", "page");
  });

  await test.step("Back asks too; cancelled, the address and the text stay", async () => {
    // A Back held is no navigation, which goBack would wait for in vain: it is not awaited first.
    const back = page.goBack({ timeout: 10_000 }).catch(() => null);
    await expect.poll(() => dialogs.asked.length).toBe(2);
    expect(dialogs.asked[1]).toEqual({ type: "confirm", message: LEAVE_QUESTION });
    await expect(page).toHaveURL(/\/policy$/);
    await expect(page.getByRole("heading", { level: 1, name: "Policy" })).toBeVisible();
    await expect(editorText(page)).toContainText(mark);
    await back;
    await expect(page).toHaveURL(/\/policy$/);
  });

  await test.step("confirmed, the link leaves; the edits are given up", async () => {
    dialogs.answerWith("accept");
    await sidebarLink(page, "Users").click();
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    expect(dialogs.asked).toHaveLength(3);
    await sidebarLink(page, "Policy").click();
    await expect(page.getByRole("heading", { level: 1, name: "Policy" })).toBeVisible();
    await expect(editorText(page)).toContainText('"schemaVersion"');
    await expect(editorText(page)).not.toContainText(mark);
    await expect(page.getByTestId("policy-draft-restored")).toHaveCount(0);
    // Nothing unsaved now: leaving asks nothing.
    await sidebarLink(page, "Tokens").click();
    await expect(page.getByRole("heading", { level: 1, name: "Tokens" })).toBeVisible();
    expect(dialogs.asked).toHaveLength(3);
  });
});

test("a reload asks, then brings the unsaved draft back with a notice; Discard lets it go", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const mark = `unsaved-${tag}-reload`;
  const dialogs = answerDialogs(page);

  await page.goto("/policy");
  await typeAtStart(page, mark);
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeVisible();

  dialogs.answerWith("accept");
  await page.reload();
  expect(dialogs.asked.map((dialog) => dialog.type)).toEqual(["beforeunload"]);

  const notice = page.getByTestId("policy-draft-restored");
  await expect(notice).toContainText(
    /^Restored your unsaved draft from \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/,
  );
  await expect(editorText(page)).toContainText(mark);
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeVisible();
  await shoot(page, "policy-draft-restored");

  await notice.getByRole("button", { name: "Discard" }).click();
  await expect(notice).toHaveCount(0);
  await expect(editorText(page)).not.toContainText(mark);
  await expect(page.getByText("Unsaved changes", { exact: true })).toHaveCount(0);

  // Discarded: nothing is asked on leaving, and nothing comes back on a reload.
  await sidebarLink(page, "Tokens").click();
  await expect(page.getByRole("heading", { level: 1, name: "Tokens" })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Policy" })).toBeVisible();
  await page.reload();
  await expect(editorText(page)).toContainText('"schemaVersion"');
  await expect(editorText(page)).not.toContainText(mark);
  await expect(notice).toHaveCount(0);
  expect(dialogs.asked).toHaveLength(1);
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page forgets the tab's policy drafts, which may hold passwords", async ({
    page,
  }) => {
    await page.goto("/robots.txt");
    await page.evaluate(() => {
      sessionStorage.setItem("policy-draft:example.org:@someone:example.org", '{"text":"pw"}');
      sessionStorage.setItem("other-key", "kept");
    });
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(sessionStorage).filter(
            (k) => k.includes("-key") || k.startsWith("policy-draft:"),
          ),
        ),
      )
      .toEqual(["other-key"]);
  });
});
