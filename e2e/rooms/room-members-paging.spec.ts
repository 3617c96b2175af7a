import { expect, test } from "@playwright/test";
import { createSynapseHttp, mapWithConcurrency } from "@/lib/synapse";
import { createRoom } from "@/lib/synapse/client-rooms";
import { uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

/** Registrations and joins at once while seeding: quick, and gentle on the shared Synapse. */
const SEED_CONCURRENCY = 6;
const JOINERS = 240;

test("a room with a few hundred members shows them 100 per page, with a pager and a search", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const prefix = uniqueRoomPrefix("crowd");
  const creator = await registerUniqueUser(`${prefix}-creator`);
  const http = createSynapseHttp({
    baseUrl: synapseUrl(),
    timeoutMs: 15_000,
    maxRetryWaitMs: 30_000,
  });
  const roomId = await createRoom(http, creator.accessToken, {
    name: `${prefix} crowd`,
    preset: "public_chat",
  });
  const admin = await synapseAsAdmin();
  const joined = await mapWithConcurrency(
    Array.from({ length: JOINERS }, (_, i) => i),
    SEED_CONCURRENCY,
    async (i) => {
      const user = await registerUniqueUser(`${prefix}-m${String(i).padStart(3, "0")}`);
      await admin.rooms.join(roomId, user.id);
      return user.id;
    },
  );
  const members = [creator.id, ...joined.map((result) => (result.ok ? result.value : ""))].sort();
  expect(joined.every((result) => result.ok)).toBe(true);

  const table = page.getByRole("table", { name: "Members" });
  const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await expect(page.getByTestId("members-count")).toHaveText(`Members 1–100 of ${members.length}`);
  await expect(rows).toHaveCount(100);
  await expect(rows.first()).toContainText(members[0] ?? "");
  await expect(rows.last()).toContainText(members[99] ?? "");
  await page.screenshot({ path: test.info().outputPath("members-page-1.png"), fullPage: true });

  const pager = page.getByRole("navigation", { name: "Member pages" });
  await pager.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/membersPage=2/);
  await expect(page.getByTestId("members-count")).toHaveText(
    `Members 101–200 of ${members.length}`,
  );
  await expect(rows).toHaveCount(100);
  await expect(rows.first()).toContainText(members[100] ?? "");
  await expect(rows.last()).toContainText(members[199] ?? "");

  await pager.getByRole("link", { name: "Next" }).click();
  await expect(page.getByTestId("members-count")).toHaveText(
    `Members 201–${members.length} of ${members.length}`,
  );
  await expect(rows).toHaveCount(members.length - 200);
  await expect(pager.getByRole("link", { name: "Next" })).toHaveCount(0);

  // The search narrows the list to the matching IDs, and says how many there are in all.
  const wanted = joined[123]?.ok ? joined[123].value : "";
  await page.getByLabel("Search members").fill(wanted.slice(1, wanted.indexOf(":")));
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/member=/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(wanted);
  await expect(page.getByTestId("members-count")).toContainText(`(${members.length} in all)`);
});
