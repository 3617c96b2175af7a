import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type pg from "pg";
import { logLinksOf } from "./log-links";
import { verifyExport, type ExportReport } from "./verify-export";

/**
 * Verifies an NDJSON export file line by line (constant memory), against the audit log when
 * `client` is given. A missing or unreadable file rejects.
 */
export async function verifyExportFile(
  file: string,
  client: pg.ClientBase | null,
): Promise<ExportReport> {
  const input = createReadStream(file, { encoding: "utf8" });
  // createInterface does not pass on a read error: it would look like an empty file.
  const failed = new Promise<never>((_, reject) => input.once("error", reject));
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    return await Promise.race([
      verifyExport(lines, client ? logLinksOf(client) : undefined),
      failed,
    ]);
  } finally {
    lines.close();
    input.destroy();
  }
}
