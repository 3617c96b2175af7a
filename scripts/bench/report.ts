// Prints the list benchmark's table and says whether every page met the targets.
import type { Samples } from "./measure";

export const TARGET_RATIO = 1.5;
export const TARGET_P95_MS = 300;

export type Row = { page: string; console: Samples; api: Samples };

const ms = (value: number) => value.toFixed(1).padStart(7);
const ratioOf = (row: Row) => row.console.p50 / row.api.p50;
const meetsRatio = (row: Row) => ratioOf(row) <= TARGET_RATIO;
const meetsP95 = (row: Row) => row.console.p95 < TARGET_P95_MS;
const meets = (row: Row) => meetsRatio(row) && meetsP95(row);
const verdict = (ok: boolean) => (ok ? "met" : "MISSED").padStart(7);

/** Prints one line per page and the verdict; returns true when every page met both targets. */
export function printTable(rows: Row[], n: number): boolean {
  console.log(
    `\n${n} timed requests per side and page, console and API alternating, after 5 warm-up pairs`,
  );
  console.log("console: the signed-in page's full HTML; API: the same admin API request the");
  console.log("console sends (URL, service account token), answer read and parsed as JSON\n");
  console.log(
    `page                console p50    p95      API p50    p95   ratio p50  added p50  ratio ≤ ${TARGET_RATIO}  p95 < ${TARGET_P95_MS}`,
  );
  for (const row of rows) {
    const added = row.console.p50 - row.api.p50;
    console.log(
      `${row.page.padEnd(18)} ${ms(row.console.p50)} ${ms(row.console.p95)}    ${ms(row.api.p50)} ${ms(row.api.p95)}   ${ratioOf(row).toFixed(2).padStart(6)}    ${ms(added)}    ${verdict(meetsRatio(row))}   ${verdict(meetsP95(row))}`,
    );
  }
  const missed = rows.filter((row) => !meets(row));
  console.log(
    missed.length === 0
      ? `\nPASS: every page has console/API ≤ ${TARGET_RATIO} at the median and console p95 < ${TARGET_P95_MS} ms`
      : `\nFAIL: ${missed.length} of ${rows.length} pages miss console/API ≤ ${TARGET_RATIO} at the median or console p95 < ${TARGET_P95_MS} ms: ${missed.map((row) => row.page).join(", ")}`,
  );
  return missed.length === 0;
}
