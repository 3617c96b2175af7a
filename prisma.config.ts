import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI would download its native schema engine (impossible offline); our bridge runs the
// WebAssembly engine from npm instead. Set here so every `npx prisma …` picks it up.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  import.meta.dirname,
  "scripts/prisma-engine/schema-engine.mjs",
);

// The CLI's update check would reach for the network on every command.
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Unset during `prisma generate` (postinstall), which needs no database.
  datasource: { url: process.env.DATABASE_URL },
});
