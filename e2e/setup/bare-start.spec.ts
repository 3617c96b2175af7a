import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createScratchDatabase, type ScratchDatabase } from "../../scripts/db/scratch-database";
import { consoleServers, requiredEnv } from "../fixtures/console-servers";

// A bare `next start` (no scripts/start.ts, no SETUP_TOKEN, no SYNAPSE_URL), as in a container:
// the console must make a setup token, print it, and refuse setup to anyone without it.
const root = process.cwd();
const port = Number(new URL(consoleServers.configured.url).port) + 3;
const url = `http://localhost:${port}`;

let database: ScratchDatabase | undefined;
let server: ChildProcess | undefined;
let output = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createScratchDatabase(requiredEnv("TEST_POSTGRES_SUPERUSER_URL"), "bare_start");
  const migrated = spawnSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
  });
  expect(migrated.status, migrated.stdout + migrated.stderr).toBe(0);

  // Only what a bare start needs: nothing of the test rig's Synapse or setup token leaks in.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR,
    DATABASE_URL: database.url,
    SECRETS_KEY: randomBytes(32).toString("hex"),
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: url,
  };
  const started = spawn(
    path.join(root, "node_modules/.bin/next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  server = started;
  started.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  started.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(() => output, { timeout: 90_000, message: "the setup line in next start's output" })
    .toMatch(/first run: open \S+\/setup and enter the setup token \S+/);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await database?.drop();
});

test("a bare next start prints a setup token, and /setup refuses whoever does not have it", async ({
  page,
}) => {
  const printed = /first run: open (\S+)\/setup and enter the setup token (\S+)/.exec(output);
  expect(printed?.[1]).toBe(url);
  const token = printed?.[2] ?? "";
  expect(token.length).toBeGreaterThanOrEqual(32);

  await page.goto(`${url}/setup`);
  const fill = async (setupToken: string) => {
    await page.getByLabel("Setup token").fill(setupToken);
    await page.getByLabel("Homeserver URL").fill("http://127.0.0.1:9");
    await page.getByLabel("Registration shared secret").fill("anything");
    await page.getByRole("button", { name: "Test connection" }).click();
  };
  await fill("not-the-token-0123456789");
  await expect(page.getByText("The setup token is wrong.")).toBeVisible();
  await expect(page.getByText(/could not be reached/)).toHaveCount(0);

  // With the printed token the connection test runs (and finds nothing at port 9).
  await fill(token);
  await expect(page.getByText(/could not be reached/)).toBeVisible();
  await expect(page.getByText("The setup token is wrong.")).toHaveCount(0);
});
