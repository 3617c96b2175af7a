import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { loadSchemaEngineWasm } from "./load-wasm.mjs";
import { createAdapterFactory } from "./pg-adapter.mjs";
import { isPanic } from "./rpc-errors.mjs";

// The CLI speaks the native engine's method names; these differ on the wasm engine.
const RENAMED = { getDatabaseVersion: "version" };

const WASM_METHODS = new Set([
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "diff",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
  "version",
]);

/** Whether the bridge answers this native JSON-RPC method. */
export function supportsMethod(method) {
  return WASM_METHODS.has(RENAMED[method] ?? method);
}

// The wasm engine hands its shadow-database factory to devDiagnostic, diagnoseMigrationHistory and
// diff, but not to evaluateDataLoss or createMigration: those only work when the schema of the
// migrations is already in the engine's cache (keyed by the migrations list). `migrate dev` on a
// database that was behind never fills it, so fill it through diagnoseMigrationHistory and retry.
const NEEDS_SHADOW = /shadow DB must be provided through an external factory/;

async function callWithShadowCache(engine, method, params) {
  try {
    // Called on the instance: a detached method loses its wasm pointer.
    return await engine[method](params);
  } catch (error) {
    if (!params?.migrationsList || !NEEDS_SHADOW.test(String(error?.message))) throw error;
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters ?? { externalTables: [], externalEnums: [] },
    });
    return engine[method](params);
  }
}

/**
 * One wasm schema engine behind one CLI process, created on the first request the way the
 * native engine connects lazily. `log` receives the engine's log lines; `print` sends text for
 * the CLI to write to its stdout (the native engine prints `migrate diff` output that way).
 */
export function createEngineSession({ datamodelPaths, datasource, log, print }) {
  let enginePromise;
  let factory;
  let lastPanic;

  // The engine's panic hook hands the Rust panic message to this global before trapping.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message) => {
      lastPanic = message;
    },
  };

  const start = async () => {
    const wasm = await loadSchemaEngineWasm();
    const datamodels = await Promise.all(
      datamodelPaths.map(async (path) => [path, await readFile(path, "utf8")]),
    );
    factory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(datasource ?? {}));
    // `datamodels` must be undefined or non-empty, as the engine treats [] as a broken schema.
    return wasm.SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : undefined },
      log,
      factory,
    );
  };

  // Errors thrown in our JS adapter code come back from the engine as "External error id#N",
  // N indexing the factory's error registry; report the original error instead.
  const originalError = (error) => {
    const id = /External error id#(\d+)/.exec(String(error?.message ?? ""))?.[1];
    const record = id === undefined ? undefined : factory?.errorRegistry.consumeError(Number(id));
    return record ? record.error : error;
  };

  return {
    async call(method, params) {
      const wasmMethod = RENAMED[method] ?? method;
      enginePromise ??= start();
      const engine = await enginePromise.catch((error) => {
        enginePromise = undefined;
        throw originalError(error);
      });
      try {
        const result = await callWithShadowCache(engine, wasmMethod, params);
        if (
          wasmMethod === "diff" &&
          typeof result?.stdout === "string" &&
          result.stdout.length > 0
        ) {
          await print(result.stdout.replace(/\n$/, ""));
          return { ...result, stdout: null };
        }
        return result ?? null;
      } catch (error) {
        // A panicked wasm instance cannot be trusted again; the next request gets a new one.
        if (isPanic(error)) enginePromise = undefined;
        throw originalError(error);
      }
    },
    lastPanic: () => lastPanic,
  };
}
