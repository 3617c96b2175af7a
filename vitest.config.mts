import path from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { integrationWorkerCount } from "./scripts/test/integration-workers";

const root = path.dirname(fileURLToPath(import.meta.url));
const exclude = [
  ...configDefaults.exclude,
  "**/node_modules/**",
  "**/.next/**",
  "**/.data/**",
  "e2e/**",
];

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
          include: ["**/*.test.ts"],
          exclude: [...exclude, "**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share their worker's Synapse and database, so one file at a time per worker.
          fileParallelism: integrationWorkerCount() > 1,
          maxWorkers: integrationWorkerCount(),
          globalSetup: ["scripts/db/vitest-database.ts"],
          setupFiles: ["scripts/test/integration-worker-env.ts"],
        },
      },
    ],
  },
});
