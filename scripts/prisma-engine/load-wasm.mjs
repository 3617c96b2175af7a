import { readFile } from "node:fs/promises";

/**
 * Loads @prisma/schema-engine-wasm by hand. Its entry point imports the .wasm file as an ES module,
 * which Node 20 only allows behind --experimental-wasm-modules, so we instantiate the module
 * ourselves against the package's own JS glue.
 */
export async function loadSchemaEngineWasm() {
  const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(glueUrl);
  const bytes = await readFile(new URL("./schema_engine_bg.wasm", glueUrl));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}
