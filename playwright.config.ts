import { defineConfig, devices } from "@playwright/test";
import { E2E_CHROMIUM_ARGS, HEADLESS_SHELL_PATH } from "./e2e/fixtures/chromium";
import { consoleServers } from "./e2e/fixtures/console-servers";

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR || "test-results",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: consoleServers.configured.url,
    launchOptions: { executablePath: HEADLESS_SHELL_PATH, args: E2E_CHROMIUM_ARGS },
    screenshot: "only-on-failure",
    // Traces are recorded only on request (E2E_TRACE=1 keeps a failed test's actions, DOM
    // snapshots and network): recording them for every test costs the browser and the workers a
    // large share of the suite's CPU on 2 cores (users and rooms specs: 438 s with the screencast,
    // 326–353 s without it), and CI prints its output, not its trace files. A failed test always
    // keeps its screenshot and the page's accessibility snapshot.
    trace: process.env.E2E_TRACE ? { mode: "retain-on-failure", screenshots: false } : "off",
  },
  projects: [
    { name: "sign-in", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      dependencies: ["sign-in"],
    },
  ],
  webServer: Object.values(consoleServers).map((server) => ({
    command: "npx tsx scripts/start.ts",
    url: `${server.url}/api/health`,
    env: server.env,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe" as const,
  })),
});
