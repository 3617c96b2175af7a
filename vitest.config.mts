import path from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const exclude = [
  ...configDefaults.exclude,
  "**/node_modules/**",
  "**/.next/**",
  "**/.data/**",
  "e2e/**",
];

/**
 * Integration test files that mostly wait on real time: a token's one-minute grace ended by the
 * worker's per-minute tick, rotations killed and resumed, the audit chain's and the jobs engine's
 * timed steps. A project of their own, which the test rig runs beside the other integration files
 * (each one file at a time, on a database of its own), so their waits overlap the others' work:
 * one after the other, they were about 190 s of the suite's 1,050.
 */
const WAITING_INTEGRATION_FILES = [
  "lib/tokens/revoke-on-time.int.test.ts",
  "lib/tokens/rotation-crash.int.test.ts",
  "lib/audit/chain.int.test.ts",
  "lib/jobs/engine.int.test.ts",
  "lib/jobs/audit-verify.int.test.ts",
];

/** What both integration projects share: real services, one file at a time. */
const integrationProject = {
  environment: "node" as const,
  testTimeout: 60_000,
  hookTimeout: 120_000,
  fileParallelism: false,
  globalSetup: ["scripts/db/vitest-database.ts"],
};

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Tests run outside React's server environment; the guard would refuse every server module.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          // Unit tests keep no state between files, so a worker runs its files in one module
          // graph: 15 s instead of 64 s for the suite (the integration tests stay isolated).
          isolate: false,
          include: ["**/*.test.ts"],
          exclude: [...exclude, "**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          ...integrationProject,
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: [...exclude, ...WAITING_INTEGRATION_FILES],
        },
      },
      {
        extends: true,
        test: {
          ...integrationProject,
          name: "integration-waiting",
          include: WAITING_INTEGRATION_FILES,
          exclude,
        },
      },
    ],
  },
});
