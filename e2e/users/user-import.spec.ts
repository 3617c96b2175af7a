import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { loginWithPassword } from "@/lib/synapse/session";
import { findAuditRecords } from "../fixtures/audit";
import { seedRooms } from "../fixtures/rooms";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";

test.use({ storageState: storageStates.operator });

test("an operator imports a CSV: dry run per row, then the import, with generated passwords shown once", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = randomBytes(3).toString("hex");
  const synapse = await synapseAsAdmin();
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([`Import room ${tag}`], "public_chat");
  const existing = await registerUniqueUser(`impold${tag}`);
  await synapse.users.update(existing.id, { displayname: "Old name" });
  const csv = [
    "Username,First name,Last name,E-mail,Rooms",
    `impnew${tag},Nora,Quist,nora-${tag}@example.org,${roomId}`,
    `${existing.id},Olga,Renamed,,`,
    `bad name ${tag},Bad,Row,,`,
  ].join("\n");

  await page.goto("/users");
  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import users" })).toBeVisible();
  await page.getByLabel("Upload a file").setInputFiles({
    name: "staff.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: "Read the file" }).click();
  await expect(page.getByTestId("import-row-count")).toContainText("3 rows.");
  // The header was mapped by its names; the mapping can be changed per column.
  await expect(page.getByLabel("Field of column Username")).toHaveValue("user");
  await expect(page.getByLabel("Field of column First name")).toHaveValue("firstName");
  await expect(page.getByLabel("Field of column E-mail")).toHaveValue("email");
  await page.getByLabel("Update them").check();
  await page.getByRole("button", { name: "Start the dry run" }).click();

  await expect(page).toHaveURL(/\/users\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("verdict-create")).toContainText("1");
  await expect(page.getByTestId("verdict-update")).toContainText("1");
  await expect(page.getByTestId("verdict-invalid")).toContainText("1");
  const rows = page.getByTestId("import-rows");
  await expect(rows).toContainText("with a generated password; joins 1 room");
  await expect(rows).toContainText("display name “Old name” → “Olga Renamed”");
  await expect(rows).toContainText(`"bad name ${tag}" is not a user ID or localpart`);
  await shoot(page, "user-import-dry-run");
  // Nothing changed yet.
  expect(await synapse.users.isNameAvailable(`impnew${tag}`)).toBe(true);

  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import", exact: true })).toBeVisible();
  await shoot(page, "user-import-running");
  await expect(page.getByText("generated passwords are waiting")).toBeVisible({ timeout: 30_000 });

  const newId = `@impnew${tag}:localhost`;
  const created = await synapse.users.get(newId);
  expect(created.displayname).toBe("Nora Quist");
  expect(created.threepids.map((t) => t.address)).toEqual([`nora-${tag}@example.org`]);
  expect(await synapse.users.joinedRooms(newId)).toContain(roomId);
  expect((await synapse.users.get(existing.id)).displayname).toBe("Olga Renamed");
  const [entry] = await findAuditRecords("user.create", newId);
  expect(entry).toMatchObject({ actor_id: expect.stringMatching(/^job:/), outcome: "success" });

  await page.getByRole("button", { name: "Show the passwords" }).click();
  const shown = page.getByTestId("import-passwords");
  await expect(shown).toContainText(newId);
  const download = page.waitForEvent("download");
  await shown.getByRole("button", { name: "Download as CSV" }).click();
  const file = await readFile(await (await download).path(), "utf8");
  const password = file.trim().split("\n")[1]?.split(",")[1] ?? "";
  expect(file.startsWith("user_id,password\n")).toBe(true);
  await shoot(page, "user-import-passwords");
  // The password works, and the console no longer has it.
  const http = createSynapseHttp({
    baseUrl: synapseUrl(),
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  expect((await loginWithPassword(http, { user: `impnew${tag}`, password })).user_id).toBe(newId);
  await page.reload();
  await expect(page.getByText("generated passwords are waiting")).toHaveCount(0);
});
