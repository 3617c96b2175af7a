// Prints the browser benchmark's table and says whether every view met the issue's targets.

export type BrowserRow = {
  view: string;
  /** Click (or Enter) to the first frame showing the rows, in ms. */
  p50: number;
  p95: number;
  /** The server's answer to the page data the view was drawn from, as the browser received it. */
  serverP50: number;
  /** The most requests one view made to the console beyond the page itself. */
  maxRequests: number;
  /** Drawn without the console (the browser's own floor): read against, no target. */
  reference: boolean;
};

export const TARGETS = { ratio: 1.5, nextPageMs: 50, requests: 3 };

const ms = (value: number) => value.toFixed(1).padStart(8);
const isNextPage = (row: BrowserRow) => row.view.endsWith("next page");

/** Each target a view missed, in words; none when it met them all. */
function missed(row: BrowserRow): string[] {
  const misses: string[] = [];
  if (row.reference) return misses;
  if (row.p50 > TARGETS.ratio * row.serverP50) misses.push(`p50 > ${TARGETS.ratio}× server`);
  if (isNextPage(row) && row.p50 > TARGETS.nextPageMs) misses.push(`> ${TARGETS.nextPageMs} ms`);
  if (row.maxRequests > TARGETS.requests) misses.push(`> ${TARGETS.requests} requests`);
  return misses;
}

/** Prints one line per view and the verdict; returns true when every view met every target. */
export function printBrowserTable(rows: BrowserRow[], n: number): boolean {
  console.log(`\n${n} views per case in Chromium, cases taking turns, after one untimed round`);
  console.log("view: click or Enter to the first frame with the new rows; server: the response");
  console.log("time of the request those rows came from; requests: the most one view made to the");
  console.log("console beyond the page itself (built files not counted); added: p50 less the");
  console.log("server's p50, what the browser and the console's scripts took\n");
  const width = Math.max(20, ...rows.map((row) => row.view.length));
  console.log(
    `${"view".padEnd(width)}      p50      p95   server p50   ratio    added  requests  verdict`,
  );
  for (const row of rows) {
    const misses = missed(row);
    console.log(
      `${row.view.padEnd(width)} ${ms(row.p50)} ${ms(row.p95)}   ${ms(row.serverP50)}   ${(row.p50 / row.serverP50).toFixed(2).padStart(5)} ${ms(row.p50 - row.serverP50)}  ${String(row.maxRequests).padStart(8)}  ${row.reference ? "reference" : misses.length === 0 ? "met" : `MISSED: ${misses.join(", ")}`}`,
    );
  }
  const failing = rows.filter((row) => missed(row).length > 0);
  const targeted = rows.filter((row) => !row.reference);
  console.log(
    failing.length === 0
      ? `\nPASS: every view ≤ ${TARGETS.ratio}× the server at p50, next page ≤ ${TARGETS.nextPageMs} ms, ≤ ${TARGETS.requests} requests`
      : `\nFAIL: ${failing.length} of ${targeted.length} views missed a target`,
  );
  return failing.length === 0;
}
