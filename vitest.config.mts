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
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ["scripts/db/vitest-database.ts"],
        },
      },
    ],
  },
});
