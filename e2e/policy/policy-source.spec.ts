import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { storageStates } from "../fixtures/sign-in";
import { shoot } from "../fixtures/shots";

// The policy's URL source on the Policy page, as an admin sets it: the address rules refuse a
// loopback URL until the private-address allowance is ticked, the token is sent as a bearer
// token, and a pulled document with an error shows that error with its line and column while no
// version is saved. Only bad documents are served, so this file adds no version and cannot
// disturb the policy round of policy-editor.spec.ts, which saves them.
test.describe.configure({ mode: "serial" });

const token = `e2e-bearer-${randomBytes(6).toString("hex")}`;
/** schemaVersion is wrong on line 3. */
const BAD_DOCUMENT = `{\n  "identificationStamp": "e2e source",\n  "schemaVersion": 3,\n  "users": []\n}\n`;
const seen: IncomingHttpHeaders[] = [];
const server = createServer((request, response) => {
  seen.push(request.headers);
  response.writeHead(200, { "content-type": "application/json" }).end(BAD_DOCUMENT);
});
let url = "";

test.beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/policy.json`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function save(page: Page) {
  await page.getByRole("button", { name: "Save settings" }).click();
}

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("sets the URL source with its token, pulls a bad document and sees its error by line and column", async ({
    page,
  }) => {
    await page.goto("/policy");
    await expect(page.getByTestId("policy-source-status")).toHaveText(
      "The policy is edited here; it is not pulled from a URL.",
    );

    await page.getByLabel("Policy URL (optional)").fill(url);
    await page.getByLabel("Bearer token").selectOption("replace");
    await page.getByLabel("New bearer token").fill(token);
    // Plain http to a loopback address: refused on the field, then by the address rules.
    await save(page);
    await expect(page.getByText(/^Policy URL \(optional\) must use https/)).toBeVisible();
    await page.getByLabel("Allow a private, loopback or link-local address").check();
    await save(page);
    await expect(page.getByText("The policy source was saved.")).toBeVisible();
    await expect(page.getByTestId("policy-source-status")).toContainText(
      `Pulled from ${url} (with a bearer token, private address allowed) before each reconcile.`,
    );
    // Not pulled yet, unless another spec's scheduled reconcile (policy-editor.spec.ts keeps one
    // on a per-minute cron) pulled the new source already: both say it was saved and is used.
    await expect(page.getByTestId("policy-source-status")).toContainText(
      /Not pulled yet\.|The last pull, at .+ UTC, failed/,
    );
    // The token never comes back to the browser: the form offers to keep it.
    await expect(page.getByLabel("Bearer token")).toHaveValue("keep");
    await expect(page.locator("body")).not.toContainText(token);

    await page.getByRole("button", { name: "Pull now" }).click();
    const status = page.getByTestId("policy-source-status");
    await expect(status).toContainText(/The last pull, at .+ UTC, failed/);
    // No version is saved (the integration test counts them; another spec saves some meanwhile).
    await expect(status).toContainText(
      /The pulled document was not saved: 3:\d+ schemaVersion: must be 2/,
    );
    expect(seen.at(-1)?.authorization).toBe(`Bearer ${token}`);
    await shoot(page.getByTestId("policy-source-card"), "policy-source-card");

    // Back to no source: the token goes with the URL.
    await page.getByLabel("Policy URL (optional)").fill("");
    await save(page);
    await expect(page.getByText("Saved; the policy has no URL source.")).toBeVisible();
    await expect(page.getByTestId("policy-source-status")).toHaveText(
      "The policy is edited here; it is not pulled from a URL.",
    );
    await expect(page.getByLabel("Bearer token")).toHaveValue("none");
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("sees where the policy comes from and the guard, without the settings form", async ({
    page,
  }) => {
    await page.goto("/policy");
    await expect(page.getByTestId("policy-source-status")).toBeVisible();
    await expect(page.getByText(/needs the count typed back\.$/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Pull now" })).toHaveCount(0);
  });
});
