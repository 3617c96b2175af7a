import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { consoleSql } from "../fixtures/console-db";
import { storageStates } from "../fixtures/sign-in";
import { shoot } from "../fixtures/shots";

test.use({ storageState: storageStates.admin });

const UTC_TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/;

/**
 * A run the worker never sees (it has no queue job), moved through the states a worker writes with
 * the same updates as lib/jobs/run-store.ts and run-context.ts, so the page can be caught in each.
 */
async function createQueuedRun() {
  const id = randomUUID();
  await consoleSql(
    `INSERT INTO job_run (id, kind, params, trigger, requested_by)
     VALUES ($1::uuid, 'token_rotation', '{"userIds": ["@bot:localhost"]}'::jsonb, 'manual', '@e2e-admin:localhost')`,
    [id],
  );
  return {
    id,
    update: (set: string, values: unknown[] = []) =>
      consoleSql(`UPDATE job_run SET ${set} WHERE id = $1::uuid`, [id, ...values]),
  };
}

test("a run's page says when a worker started it and which attempt it is, as soon as it shows running", async ({
  page,
}) => {
  const run = await createQueuedRun();
  await page.goto(`/jobs/runs/${run.id}`);
  const status = page.getByTestId("run-status");
  await expect(status).toHaveText("queued");
  await expect(page.getByTestId("run-started")).toHaveText("not yet");
  await expect(page.getByTestId("run-attempts")).toHaveText("none yet");
  await expect(page.getByTestId("run-counts")).toHaveText("0 items so far");

  // A worker claims it (claimRun). The first time the page says "running", it says when it started.
  const firstRunningState = page.waitForFunction(
    () => {
      const text = (testId: string) =>
        document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? "";
      if (text("run-status") !== "running") return null;
      return { started: text("run-started"), attempts: text("run-attempts") };
    },
    undefined,
    { polling: "raf" },
  );
  await run.update(
    "status = 'running', attempts = attempts + 1, heartbeat_at = now(), started_at = now()",
  );
  expect(await (await firstRunningState).jsonValue()).toEqual({
    started: expect.stringMatching(UTC_TIME),
    attempts: "1",
  });
  await expect(page.getByTestId("run-finished")).toHaveText("not yet");

  // Items without a total yet, then the total once the kind knows it.
  await run.update("done = 2");
  await expect(page.getByTestId("run-counts")).toHaveText("2 items so far");
  await run.update("total = 12, done = 5, failed = 1");
  await expect(page.getByTestId("run-counts")).toHaveText("6 of 12 items, 1 failed");
  const bar = page.getByRole("progressbar", { name: "Run progress" });
  await expect(bar).toHaveAttribute("aria-valuemax", "12");
  await shoot(page, "run-running");
});

test("a run that never said its total counts what it handled once it succeeded, and its result reads as a sentence", async ({
  page,
}) => {
  const run = await createQueuedRun();
  await run.update(
    "status = 'running', attempts = 1, heartbeat_at = now(), started_at = now(), done = 4",
  );
  await page.goto(`/jobs/runs/${run.id}`);
  await expect(page.getByTestId("run-counts")).toHaveText("4 items so far");

  // As a token rotation ends (finishRun): it never calls setTotal.
  await run.update(
    `status = 'succeeded', finished_at = now(), done = 5,
     summary = '{"rotated": ["@bot:localhost"], "revoked": 2}'::jsonb`,
  );
  await expect(page.getByTestId("run-status")).toHaveText("succeeded");
  await expect(page.getByTestId("run-counts")).toHaveText("5 of 5 items");
  await expect(page.getByTestId("run-finished")).toHaveText(UTC_TIME);
  await expect(page.getByTestId("run-summary-headline")).toHaveText(
    "Rotated @bot:localhost; revoked 2 old tokens",
  );
  const raw = page.getByTestId("run-raw-result");
  await expect(raw).toBeHidden();
  await page.getByText("Show the raw result").click();
  await expect(raw).toContainText('"revoked": 2');
});
