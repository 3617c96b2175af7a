import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createSynapseClient, createSynapseHttp, registerWithSharedSecret } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { signInWithPassword } from "../fixtures/sign-in";
import { startSpareConsole, startSpareSynapse, stopSpareSynapse } from "../fixtures/spare-stack";

// One story on a Synapse of its own: the console works, loses its admin rights, then loses Synapse.
test.describe.configure({ mode: "serial" });

let spare: { console: { url: string; stop: () => void }; synapseUrl: string } | undefined;
const admin = { localpart: `trouble-${randomBytes(3).toString("hex")}`, password: "" };
admin.password = randomBytes(12).toString("hex");
let adminToken = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const synapse = startSpareSynapse();
  const registered = await registerWithSharedSecret(
    createSynapseHttp({ baseUrl: synapse.url, timeoutMs: 15_000, maxRetryWaitMs: 10_000 }),
    {
      sharedSecret: synapse.sharedSecret,
      ...{ username: admin.localpart },
      password: admin.password,
      admin: true,
    },
  );
  adminToken = registered.access_token;
  spare = { console: await startSpareConsole(synapse), synapseUrl: synapse.url };
});

test.afterAll(() => {
  spare?.console.stop();
  stopSpareSynapse();
});

const spareUrl = (path: string) => `${spare?.console.url ?? ""}${path}`;

test("pages say plainly when the service account is no longer a server admin, then when Synapse is down; a device scan then waits as a running job, cancelled and resumed from its page", async ({
  page,
}) => {
  // Three stories in one, with a Synapse stopped and jobs claimed by the spare console's worker.
  test.setTimeout(150_000);
  await signInWithPassword(page, admin.localpart, admin.password, spare?.console.url);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.goto(spareUrl("/users"));
  const adminId = `@${admin.localpart}:localhost`;
  await expect(page.getByRole("link", { name: adminId })).toBeVisible();

  // Take the console's own account's admin rights away behind its back.
  const synapse = createSynapseClient({
    baseUrl: spare?.synapseUrl ?? "",
    tokenSource: { getToken: async () => adminToken },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  const { users } = await synapse.users.list({ admins: true });
  const service = users.find((user) => user.name !== adminId);
  expect(service, "the console registered its own admin account").toBeDefined();
  await synapse.users.setAdmin(service?.name ?? "", false);

  for (const path of ["/users", "/rooms", `/users/${encodeURIComponent(adminId)}`]) {
    await page.goto(spareUrl(path));
    await expect(
      page.getByRole("alert").filter({ hasText: "service account is still a server admin" }),
    ).toBeVisible();
  }
  await page.screenshot({ path: test.info().outputPath("service-account-not-admin.png") });

  stopSpareSynapse();
  for (const path of [
    "/users",
    "/rooms",
    "/reports",
    `/users/${encodeURIComponent(adminId)}`,
    // Whether these exist cannot be known now: the error says so, not a not-found page.
    `/users/${encodeURIComponent("@nobody-here:localhost")}`,
    `/rooms/${encodeURIComponent("!nowhere:localhost")}`,
    "/reports/99999",
  ]) {
    const response = await page.goto(spareUrl(path));
    expect(response?.status(), path).not.toBe(404);
    await expect(page.getByRole("alert").filter({ hasText: "could not be reached" })).toBeVisible();
  }
  await page.screenshot({ path: test.info().outputPath("synapse-down.png") });

  // A job started now waits for Synapse instead of failing or losing users: it stays running.
  await page.goto(spareUrl("/devices"));
  await page.getByRole("button", { name: "Refresh snapshot" }).click();
  await page.getByRole("link", { name: "Scan in progress: view run" }).click();
  await expect(page).toHaveURL(/\/jobs\/runs\/[0-9a-f-]{36}$/);
  const runId = page.url().split("/").pop() ?? "";
  const status = page.getByTestId("run-status");
  await expect(status).toHaveText("running", { timeout: 15_000 });
  await expect(page.getByTestId("run-counts")).toHaveText("0 items so far");
  // Running means a worker took it up: when, and which attempt this is.
  await expect(page.getByTestId("run-started")).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
  await expect(page.getByTestId("run-attempts")).toHaveText("1");
  await expect(page.getByTestId("run-waiting")).toContainText(
    /Waiting: Synapse cannot be reached; trying again in \d+ s\./,
  );
  await page.waitForTimeout(3_000);
  await expect(status).toHaveText("running");
  await page.screenshot({ path: test.info().outputPath("job-running.png"), fullPage: true });
  await page.goto(spareUrl("/jobs"));
  const listed = page.getByTestId("run-row").filter({ hasText: runId.slice(0, 8) });
  await expect(listed.getByTestId("run-status")).toHaveText("running");
  await page.screenshot({ path: test.info().outputPath("jobs-page-running.png"), fullPage: true });
  await listed.getByRole("link", { name: runId.slice(0, 8) }).click();

  await page.getByRole("button", { name: "Cancel run" }).click();
  await expect(status).toHaveText("cancelled", { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Cancel run" })).toHaveCount(0);
  // Resumed, it carries on (here: waits for Synapse again) until cancelled once more.
  await page.getByRole("button", { name: "Resume run" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Resume this run?" });
  await expect(confirm).toContainText("It carries on with the items not done yet");
  await confirm.getByRole("button", { name: "Resume run" }).click();
  await expect(status).toHaveText("running", { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Resume run" })).toHaveCount(0);
  await page.getByRole("button", { name: "Cancel run" }).click();
  await expect(status).toHaveText("cancelled", { timeout: 15_000 });
  const databaseUrl = process.env.E2E_SPARE_DATABASE_URL;
  expect(await findAuditRecords("job.cancel", `job-run:${runId}`, databaseUrl)).toHaveLength(2);
  const [resumed] = await findAuditRecords("job.resume", `job-run:${runId}`, databaseUrl);
  expect(resumed).toMatchObject({ actor_id: adminId, outcome: "success" });
});
