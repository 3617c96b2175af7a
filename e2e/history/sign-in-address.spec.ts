import { expect, test } from "@playwright/test";
import { grantConsoleRole } from "../fixtures/console-db";
import { shoot } from "../fixtures/shots";
import { storageStates, signInInNewBrowser } from "../fixtures/sign-in";
import { registerUniqueUser } from "../fixtures/synapse";

test.use({ storageState: storageStates.operator });

/** The History of one person's sign-ins. */
const signInsOf = (userId: string) =>
  `/history?${new URLSearchParams({ actor: userId, action: "console.sign_in" })}`;

test("a viewer reads a sign-in without the address it came from; an operator reads it with", async ({
  browser,
  page,
}) => {
  const viewer = await registerUniqueUser("addressviewer");
  await grantConsoleRole(viewer.id, "viewer");
  // Signing in writes the viewer's own sign-in entry, with the address the console saw.
  const signedIn = await signInInNewBrowser(browser, viewer);
  const sentence = `${viewer.id} signed in with a password`;

  const address = await test.step("the operator sees where the sign-in came from", async () => {
    await page.goto(signInsOf(viewer.id));
    const row = page.getByTestId("history-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(new RegExp(`${sentence} \\(from [0-9a-f.:]+\\)`));
    return /\(from ([0-9a-f.:]+)\)/.exec(await row.innerText())![1]!;
  });

  await test.step("the viewer sees that it was withheld, in the list, the entry and the export", async () => {
    const viewerPage = signedIn.page;
    await viewerPage.goto(signInsOf(viewer.id));
    const row = viewerPage.getByTestId("history-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(sentence);
    await expect(row).not.toContainText("(from");
    await row.getByRole("link", { name: /signed in with a password/ }).click();
    await expect(viewerPage.getByRole("heading", { level: 1 })).toHaveText(/^History entry \d+$/);
    const input = viewerPage.getByTestId("entry-input");
    await expect(input).toContainText("method");
    await expect(input.getByTestId("entry-withheld")).toHaveText(
      /clientAddress\s*withheld: shown to operators and admins/,
    );
    await shoot(viewerPage, "history-entry-address-withheld");

    // Searching for the address finds nothing: it is not in what a viewer reads.
    await viewerPage.goto(`${signInsOf(viewer.id)}&q=${encodeURIComponent(address)}`);
    await expect(viewerPage.getByText("No entries match these filters.")).toBeVisible();

    const exported = await viewerPage.request.get(
      `/api/v1/history/export?format=ndjson&actor=${encodeURIComponent(viewer.id)}&action=console.sign_in`,
    );
    const [line, ...more] = (await exported.text()).trimEnd().split("\n");
    expect(more).toEqual([]);
    expect(JSON.parse(line!)).toMatchObject({
      input: { method: "password" },
      withheld: ["input.clientAddress"],
    });
    expect(line).not.toContain(address);
  });
  await signedIn.context.close();
});
