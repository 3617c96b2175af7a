import { expect, test, type Response } from "@playwright/test";
import pg from "pg";
import { openSecret } from "@/lib/crypto/secret-box";
import { deriveServicePassword } from "@/lib/synapse";
import { TEST_SECRETS_KEY } from "../fixtures/console-servers";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

async function serviceToken(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{
      access_token_encrypted: string | null;
      service_user_id: string;
    }>("SELECT access_token_encrypted, service_user_id FROM homeserver");
    const sealed = rows[0]?.access_token_encrypted;
    if (!sealed) throw new Error("the console has no stored service token yet");
    return openSecret(sealed, Buffer.from(TEST_SECRETS_KEY, "hex"));
  } finally {
    await client.end();
  }
}

test("no Synapse token or secret reaches the browser in HTML, JavaScript or RSC payloads", async ({
  page,
}) => {
  const bodies: Array<{ url: string; body: string }> = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response: Response) => {
    pending.push(
      response
        .text()
        .then((body) => void bodies.push({ url: response.url(), body }))
        .catch(() => undefined),
    );
  });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  // Client-side navigation fetches RSC payloads rather than HTML.
  await page.getByRole("link", { name: "Settings" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.getByRole("link", { name: "Overview" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);

  const sharedSecret = process.env.SYNAPSE_REGISTRATION_SHARED_SECRET ?? "";
  const secrets = {
    "service access token": await serviceToken(),
    "registration shared secret": sharedSecret,
    "service account password": deriveServicePassword(sharedSecret, "console-bot"),
    "admin password": e2eUsers.admin.password,
  };
  expect(bodies.length).toBeGreaterThan(5);
  expect(
    bodies.some((entry) => entry.url.includes("_rsc") || entry.body.includes("self.__next_f")),
  ).toBe(true);
  for (const [name, secret] of Object.entries(secrets)) {
    expect(secret.length, name).toBeGreaterThan(8);
    const leaks = bodies.filter((entry) => entry.body.includes(secret)).map((entry) => entry.url);
    expect(leaks, `${name} found in responses`).toEqual([]);
  }
});
