// `npm run bench:lists`: how much slower the console's list pages are than the Synapse admin API
// requests behind them, on a Synapse with 10,000 users and 1,000 rooms. Starts what
// lists-console.ts says (its env settings apply), measures, prints a table and stops them all.
// Env: BENCH_N (100) timed requests per side and page.
import { LIST_CASES } from "./list-cases";
import { benchLog, fetchPage, startListsConsole } from "./lists-console";
import { recordRequest, replay } from "./recorded-requests";
import { sample, samplePair } from "./measure";
import { printTable, type Row } from "./report";
import { runBench, type Stop } from "./run-bench";

const N = Number(process.env.BENCH_N || 100);
const WARM_UP = 25;

const stops: Stop[] = [];

async function main() {
  const { consoleUrl, cookie, asConsole, seedSeconds } = await startListsConsole(stops);

  // A console just started runs its code unoptimised for its first few hundred requests: the case
  // timed first paid for it (users first page, 32–39 ms added, against 25 ms when timed again last).
  // Every page is served WARM_UP times before any is timed, so each case sees the warm console an
  // operator's browser meets. Synapse, long running, is warm already.
  for (let round = 0; round < WARM_UP; round++) {
    for (const entry of LIST_CASES) await fetchPage(consoleUrl + entry.consolePath, cookie);
  }

  const rows: Row[] = [];
  for (const entry of LIST_CASES) {
    const request = await recordRequest(() => entry.call(asConsole));
    // Timing a page that rendered an error, or other rows, would compare the wrong things.
    const expected = entry.shown(await replay(request));
    const html = await fetchPage(consoleUrl + entry.consolePath, cookie);
    const absent = expected.filter((id) => !html.includes(`>${id}<`));
    if (expected.length === 0 || absent.length > 0) {
      throw new Error(
        `${entry.consolePath} does not show what Synapse answered (${expected.length} rows, missing: ${absent.slice(0, 3).join(", ")})`,
      );
    }
    const [consoleTimes, apiTimes] = await samplePair(
      () => fetchPage(consoleUrl + entry.consolePath, cookie).then(() => undefined),
      () => replay(request).then(() => undefined),
      N,
    );
    rows.push({ page: entry.page, console: consoleTimes, api: apiTimes });
    benchLog(`${entry.page}: ${expected.length} rows checked on the page, measured`);
  }
  // Floors of a console request, for reading the table: a route with one database query, and a
  // page rendered by Next.js with no session, no shell and no Synapse call.
  const floors = {
    "/api/health (a route: one database query)": await sample(
      () => fetch(`${consoleUrl}/api/health`).then((r) => void r.text()),
      N,
    ),
    "/sign-in (a page: no session, no Synapse)": await sample(
      () => fetch(`${consoleUrl}/sign-in`).then((r) => void r.text()),
      N,
    ),
  };
  const passed = printTable(rows, N);
  for (const [what, floor] of Object.entries(floors)) {
    console.log(`console ${what}: p50 ${floor.p50.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms`);
  }
  console.log(`seeding: ${seedSeconds.toFixed(1)} s`);
  return passed;
}

runBench(main, stops);
