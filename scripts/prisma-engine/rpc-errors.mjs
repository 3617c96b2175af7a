// JSON-RPC error shapes the Prisma CLI understands (it reads `data.is_panic`, `data.message`, `data.error_code`).

const ENGINE_ERROR = 4466;
const METHOD_NOT_FOUND = -32601;
const PARSE_ERROR = -32700;

/** wasm-bindgen surfaces a Rust panic as a WebAssembly RuntimeError ("unreachable"). */
export function isPanic(error) {
  return error instanceof WebAssembly.RuntimeError || error?.name === "RuntimeError";
}

/** Maps an error thrown by the wasm engine (or by us) to the native engine's JSON-RPC error. */
export function toRpcError(error, panicMessage) {
  const message = error instanceof Error ? error.message : String(error);
  if (isPanic(error)) {
    return {
      code: ENGINE_ERROR,
      message: "The schema engine panicked.",
      data: { is_panic: true, message: panicMessage ?? message, backtrace: error?.stack ?? null },
    };
  }
  const data = { is_panic: false, message };
  if (typeof error?.code === "string" && /^P\d{4}$/.test(error.code)) {
    data.error_code = error.code;
    data.meta = error.meta ?? {};
  }
  return {
    code: ENGINE_ERROR,
    message: "An error happened. Check the data field for details.",
    data,
  };
}

export function methodNotFound(method) {
  return {
    code: METHOD_NOT_FOUND,
    message: "Method not found",
    data: {
      is_panic: false,
      message: `The wasm schema engine bridge does not implement "${method}".`,
    },
  };
}

export function parseError(line) {
  return {
    code: PARSE_ERROR,
    message: "Parse error",
    data: { is_panic: false, message: `Not a JSON-RPC message: ${line.slice(0, 200)}` },
  };
}
