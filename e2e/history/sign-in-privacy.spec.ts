import { expect, test } from "@playwright/test";
import { grantConsoleRole } from "../fixtures/console-db";
import { shoot } from "../fixtures/shots";
import { storageStates, signInInNewBrowser } from "../fixtures/sign-in";
import { registerUniqueUser } from "../fixtures/synapse";

test.use({ storageState: storageStates.operator });

/** The History of one person's sign-ins. */
const signInsOf = (userId: string) =>
  `/history?${new URLSearchParams({ actor: userId, action: "console.sign_in" })}`;

test("sign-ins, with their addresses, are in the History of operators and not of viewers", async ({
  browser,
  page,
}) => {
  const viewer = await registerUniqueUser("signinviewer");
  await grantConsoleRole(viewer.id, "viewer");
  // Signing in writes the viewer's own sign-in entry, with the address the console saw.
  const signedIn = await signInInNewBrowser(browser, viewer);

  const entryHref =
    await test.step("the operator sees the sign-in and where it came from", async () => {
      await page.goto(signInsOf(viewer.id));
      const row = page.getByTestId("history-row");
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(
        new RegExp(`${viewer.id}.*signed in with a password \\(from [0-9a-f.:]+\\)`),
      );
      return row.getByRole("link", { name: /signed in with a password/ }).getAttribute("href");
    });

  await test.step("the viewer is told sign-ins are not listed for them, and finds none", async () => {
    const viewerPage = signedIn.page;
    await viewerPage.goto(signInsOf(viewer.id));
    await expect(viewerPage.getByText("No entries match these filters.")).toBeVisible();
    await expect(
      viewerPage.getByText(
        "Sign-ins to the console, with the addresses they came from, are listed for operators and admins.",
      ),
    ).toBeVisible();
    await shoot(viewerPage, "history-viewer-no-sign-ins", { viewport: true });

    // Its page is not found for them, and their export leaves it out.
    const response = await viewerPage.goto(entryHref!);
    expect(response?.status()).toBe(404);
    const exported = await viewerPage.request.get(
      `/api/v1/history/export?format=ndjson&actor=${encodeURIComponent(viewer.id)}`,
    );
    expect(exported.status()).toBe(200);
    expect(await exported.text()).not.toContain("console.sign_in");
  });
  await signedIn.context.close();
});
