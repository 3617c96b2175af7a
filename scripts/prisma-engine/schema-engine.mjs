#!/usr/bin/env node
// Stands in for Prisma's native schema engine binary (set PRISMA_SCHEMA_ENGINE_BINARY to this file):
// the CLI spawns it and sends line-delimited JSON-RPC on stdin; we answer on stdout by driving
// @prisma/schema-engine-wasm through @prisma/adapter-pg. Logs go to stderr as JSON lines.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { runCliCommand } from "./cli-commands.mjs";
import { createEngineSession, supportsMethod } from "./engine-session.mjs";
import { loadSchemaEngineWasm } from "./load-wasm.mjs";
import { methodNotFound, parseError, toRpcError } from "./rpc-errors.mjs";

const { values: args, positionals } = parseArgs({
  options: {
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
    version: { type: "boolean", short: "V" },
    help: { type: "boolean", short: "h" },
  },
  strict: false,
  allowPositionals: true,
});
const datasource = args.datasource ? JSON.parse(args.datasource) : undefined;

if (args.version) {
  const wasm = await loadSchemaEngineWasm();
  process.stdout.write(`schema-engine-cli ${wasm.version()} (wasm bridge)\n`);
  process.exit(0);
}
if (positionals[0] === "cli") {
  process.exit(await runCliCommand(positionals[1], datasource));
}
if (args.help) {
  process.stdout.write(
    "Prisma schema engine bridge: JSON-RPC on stdin/stdout, backed by @prisma/schema-engine-wasm.\n",
  );
  process.exit(0);
}

const send = (message) =>
  process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);

// The CLI expects log lines on stderr as JSON with `level` and `fields.message`.
const log = (line) => {
  const text = String(line).trim();
  const isJson = text.startsWith("{") && text.endsWith("}");
  process.stderr.write(
    `${isJson ? text : JSON.stringify({ level: "INFO", fields: { message: text } })}\n`,
  );
};

// Requests we send to the CLI (only `print`), keyed by id until the CLI acknowledges them.
const awaitingCli = new Map();
let nextOwnId = 1;
const print = (content) =>
  new Promise((resolve) => {
    const id = `bridge-print-${nextOwnId++}`;
    awaitingCli.set(id, resolve);
    send({ id, method: "print", params: { content } });
  });

const session = createEngineSession({
  datamodelPaths: args.datamodels ?? [],
  datasource,
  log,
  print,
});

const inFlight = new Set();

// A Rust panic inside an async engine task surfaces here rather than in the awaiting call. Exit
// like the native engine does on a panic (101); the CLI then reports the last ERROR log line.
process.on("uncaughtException", (error) => {
  const message = session.lastPanic() ?? String(error?.stack ?? error);
  log(JSON.stringify({ level: "ERROR", fields: { message } }));
  process.exit(101);
});

async function answer(request) {
  const { id, method, params } = request;
  if (!supportsMethod(method)) return send({ id, error: methodNotFound(method) });
  try {
    send({ id, result: await session.call(method, params) });
  } catch (error) {
    log(JSON.stringify({ level: "ERROR", fields: { message: String(error?.message ?? error) } }));
    send({ id, error: toRpcError(error, session.lastPanic()) });
  }
}

function onLine(line) {
  if (line.trim() === "") return;
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    return send({ id: null, error: parseError(line) });
  }
  if (typeof message.method !== "string") {
    awaitingCli.get(message.id)?.();
    awaitingCli.delete(message.id);
    return;
  }
  const task = answer(message).finally(() => inFlight.delete(task));
  inFlight.add(task);
}

const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on("line", onLine);
// The CLI ends stdin to stop the engine; pools held by the wasm engine would keep us alive, so exit.
input.on("close", async () => {
  for (const acknowledge of awaitingCli.values()) acknowledge();
  await Promise.allSettled([...inFlight]);
  process.exit(0);
});
