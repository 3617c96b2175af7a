// `npm run bench:browser`: how long a person waits in Chromium, from a click (or Enter) to the rows
// of the list it asked for, on a Synapse with 10,000 users and 1,000 rooms. Beside each case: the
// server's own response time for the same request (the page data the view was drawn from, as the
// browser received it), and how many requests the view made to the console beyond that page.
// Starts what lists-console.ts says (its env settings apply), measures, prints a table, stops all.
// Env: BENCH_N (20) views per case, taken in rounds so a slow moment falls on every case;
// BENCH_PAGE_SIZE (25, 50 or 100: the bench admin's rows per page; the console's default else),
// BENCH_ONLY (cases whose name contains it), BENCH_DEBUG (each view's requests), BENCH_PROFILE (a
// directory: the browser's CPU profile of each view, for Chrome's DevTools), BENCH_TRACE (a
// directory: each view's performance trace, with style, layout and paint, for DevTools).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { chromium, type Page, type Request } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/fixtures/chromium";
import { benchLog, startListsConsole } from "./lists-console";
import { percentile } from "./measure";
import { runBench, type Stop } from "./run-bench";
import { printBrowserTable, type BrowserRow } from "./browser-report";
import { ROW_WATCH_SCRIPT, type RowWatch } from "./row-watch";

type BenchWindow = { benchWatch: (rows: string, has: string | null) => void };

const N = Number(process.env.BENCH_N || 20);
/** How long after the rows show the view's own requests are still counted (prefetches it starts). */
const SETTLE_MS = 1_500;

const stops: Stop[] = [];

type ViewCase = {
  name: string;
  /** Brings the page to where the case starts; the case then acts on it. */
  prepare: (page: Page) => Promise<void>;
  act: (page: Page) => Promise<void>;
  /** The list's rows, and what the first must contain once the view shows (default: any change). */
  rows: string;
  firstRowHas?: string;
  /** A reference the other views are read against, with no target of its own. */
  reference?: true;
};

const USER_ROW = '[data-testid="user-row"]';
const ROOM_ROW = '[data-testid="room-row"]';

async function openList(page: Page, consoleUrl: string, path: string, rows: string) {
  await page.goto(consoleUrl + path);
  await page.locator(rows).first().waitFor();
  // Whatever the page fetches ahead (the next page) has time to arrive, as it has for a reader.
  await page.waitForTimeout(1_000);
}

const sidebarLink = (page: Page, label: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true });
type Area = { path: string; label: string; rows: string };
const USERS: Area = { path: "/users", label: "Users", rows: USER_ROW };
const ROOMS: Area = { path: "/rooms", label: "Rooms", rows: ROOM_ROW };

/** Follows a sidebar link and waits for the area's rows. */
async function switchTo(page: Page, area: Area) {
  await sidebarLink(page, area.label).click();
  await page.waitForURL((url) => url.pathname === area.path);
  await page.locator(area.rows).first().waitFor();
}

/**
 * A new document on `from` that has shown `to` once and come back by the sidebar: the code of
 * `to` has run in this tab, as on every visit after the first.
 */
async function returnTo(page: Page, consoleUrl: string, from: Area, to: Area) {
  await openList(page, consoleUrl, from.path, from.rows);
  await switchTo(page, to);
  await switchTo(page, from);
  await page.waitForTimeout(1_000);
}

const firstRowLink = (page: Page) => page.locator(USER_ROW).first().getByRole("link").first();

const nextLink = (page: Page) =>
  page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" });

async function search(page: Page, text: string) {
  const field = page.locator("[data-list-search]");
  await field.fill(text);
  await field.press("Enter");
}

/**
 * Puts a button on the rooms list that redraws its shown rows from HTML, in reverse order, with
 * no React and no server: what drawing a page of new rows costs this browser at the least.
 */
async function addRedrawButton(page: Page) {
  await page.evaluate((rows) => {
    const body = document.querySelector(rows)?.closest("tbody");
    if (!body) throw new Error("no rows to redraw");
    const html = [...body.children]
      .reverse()
      .map((row) => row.outerHTML)
      .join("");
    const button = document.createElement("button");
    button.id = "bench-redraw";
    button.textContent = "redraw";
    button.style.cssText = "position:fixed;top:0;left:0;z-index:1000";
    button.addEventListener("click", () => {
      body.innerHTML = html;
    });
    document.body.append(button);
  }, ROOM_ROW);
}

/**
 * Following the sidebar from `from` to `to`: on the first visit of `to` in a tab, whose code then
 * runs for the first time in that document, and on a return, which finds it warm. A person pays the
 * first once per area per tab, so both are shown.
 */
function sidebarCases(consoleUrl: string, from: Area, to: Area): ViewCase[] {
  const act = (page: Page) => sidebarLink(page, to.label).click();
  return [
    {
      name: `sidebar → ${to.label}, first in tab`,
      prepare: (page) => openList(page, consoleUrl, from.path, from.rows),
      act,
      rows: to.rows,
    },
    {
      name: `sidebar → ${to.label}, again`,
      prepare: (page) => returnTo(page, consoleUrl, from, to),
      act,
      rows: to.rows,
    },
  ];
}

function viewCases(consoleUrl: string): ViewCase[] {
  return [
    {
      name: "rows redrawn (floor)",
      prepare: async (page) => {
        await openList(page, consoleUrl, "/rooms", ROOM_ROW);
        await addRedrawButton(page);
      },
      act: (page) => page.locator("#bench-redraw").click(),
      rows: ROOM_ROW,
      reference: true,
    },
    ...sidebarCases(consoleUrl, ROOMS, USERS),
    ...sidebarCases(consoleUrl, USERS, ROOMS),
    // As a person clicks: the pointer rests on the link a moment first (300 ms), and the page is
    // fetched meanwhile. Timed from the click; server: the request the rows came from.
    {
      name: "sidebar → Users, first in tab, pointer resting first",
      prepare: (page) => openList(page, consoleUrl, ROOMS.path, ROOMS.rows),
      act: async (page) => {
        await sidebarLink(page, USERS.label).hover();
        await page.waitForTimeout(300);
        await sidebarLink(page, USERS.label).click();
      },
      rows: USER_ROW,
    },
    // From a row of the users list to that user's page (eight Synapse reads), shown once its
    // heading is: the joined rooms' names (one read per room) fill in after, as the page streams.
    {
      name: "users row → user page",
      prepare: (page) => openList(page, consoleUrl, USERS.path, USERS.rows),
      act: (page) => firstRowLink(page).click(),
      rows: "h1",
    },
    {
      name: "users row → user page, pointer resting first",
      prepare: (page) => openList(page, consoleUrl, USERS.path, USERS.rows),
      act: async (page) => {
        await firstRowLink(page).hover();
        await page.waitForTimeout(300);
        await firstRowLink(page).click();
      },
      rows: "h1",
    },
    {
      name: "users next page",
      prepare: (page) => openList(page, consoleUrl, "/users", USER_ROW),
      act: (page) => nextLink(page).click(),
      rows: USER_ROW,
    },
    {
      name: "rooms next page",
      prepare: (page) => openList(page, consoleUrl, "/rooms", ROOM_ROW),
      act: (page) => nextLink(page).click(),
      rows: ROOM_ROW,
    },
    {
      name: "users search",
      prepare: (page) => openList(page, consoleUrl, "/users", USER_ROW),
      act: (page) => search(page, "bench-user-0004"),
      rows: USER_ROW,
      firstRowHas: "bench-user-0004",
    },
    {
      name: "rooms search",
      prepare: (page) => openList(page, consoleUrl, "/rooms", ROOM_ROW),
      act: (page) => search(page, "bench room 0004"),
      rows: ROOM_ROW,
      firstRowHas: "bench room 0004",
    },
    {
      name: "rooms sort by name",
      prepare: (page) => openList(page, consoleUrl, "/rooms", ROOM_ROW),
      act: (page) => page.getByRole("columnheader").getByRole("link", { name: "Name" }).click(),
      rows: ROOM_ROW,
    },
  ];
}

type LoggedRequest = { request: Request };

const isRsc = (request: Request) => request.headers()["rsc"] === "1";
/** A list page read by the list itself (paged in the browser): `/api/v1/users?…` for `/users?…`. */
const LIST_API = /^\/api\/v1(?=\/(users|rooms)$)/;
const isListApi = (request: Request) => LIST_API.test(new URL(request.url()).pathname);
/** A request for a page's data: the router's (RSC), a whole document's (a plain form's GET), or
 * the list API's. */
const isPageData = (request: Request) =>
  isRsc(request) || request.resourceType() === "document" || isListApi(request);
const isPrefetch = (request: Request) => request.headers()["next-router-prefetch"] !== undefined;

/** The page a request's answer draws ("/users?from=50" for the list API's "/api/v1/users?from=50"). */
function pathOf(url: string) {
  const parsed = new URL(url);
  parsed.searchParams.delete("_rsc");
  return parsed.pathname.replace(LIST_API, "") + parsed.search;
}

/** The console's work for a view: every request but the files the browser keeps (built, icon). */
const countsForView = (consoleUrl: string, request: Request) =>
  request.url().startsWith(consoleUrl) &&
  !/^\/(_next\/|icon\.svg$|manifest\.webmanifest$)/.test(new URL(request.url()).pathname);

/** How long the server took to answer the page data the view was drawn from. */
async function serverTimeFor(log: LoggedRequest[], path: string) {
  const forPath = log.filter(
    ({ request }) => isPageData(request) && pathOf(request.url()) === path,
  );
  // The navigation's own request, or else the latest prefetch the router kept.
  const drawnFrom = forPath.findLast(({ request }) => !isPrefetch(request)) ?? forPath.at(-1);
  if (!drawnFrom) return Number.NaN;
  await drawnFrom.request.response();
  const timing = drawnFrom.request.timing();
  return timing.responseEnd - Math.max(0, timing.requestStart);
}

/**
 * Where a view's time went (BENCH_DEBUG), on the page's own clock: from the click to the request
 * for its rows (the last one for the shown page: the router's or the list API's) leaving, the
 * request, and from its answer to the frame showing them.
 */
async function phasesOf(page: Page, shown: RowWatch, path: string) {
  const entries = await page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((resource) => ({
      url: resource.name,
      start: performance.timeOrigin + resource.startTime,
      end: performance.timeOrigin + resource.responseEnd,
    })),
  );
  const entry = entries.findLast(
    ({ url, start }) => start >= shown.actedAt - 1_000 && pathOf(url) === path,
  );
  if (!entry) return "the rows' page was read before the click";
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const code = entries
    .filter(
      ({ url, start }) => start >= shown.actedAt && new URL(url).pathname.startsWith("/_next/"),
    )
    .map(({ url, end }) => `${url.split("/").pop()} in at +${ms(end - shown.actedAt)}`);
  return `click→request ${ms(entry.start - shown.actedAt)}, request ${ms(entry.end - entry.start)}, answer→rows ${ms(shown.shownAt - entry.end)}; built files after the click: ${code.join(", ") || "none"}`;
}

/**
 * The watch's times, once the rows have shown. Asked with plain evaluations, not waitForFunction:
 * that one first builds Playwright's injected script in the page (12–19 ms of the main thread in
 * a new document), which could fall between the answer and the frame it measures.
 */
async function watchedRows(page: Page): Promise<RowWatch> {
  const giveUpAt = Date.now() + 30_000;
  while (Date.now() < giveUpAt) {
    const watch = await page
      .evaluate(() => JSON.parse(sessionStorage.getItem("bench-row-watch") ?? "null") as RowWatch)
      // A plain form's search loads a new document: the watch goes on there.
      .catch(() => null);
    if (watch && watch.shownAt > 0) return watch;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the rows did not show within 30 s");
}

async function measureView(page: Page, consoleUrl: string, log: LoggedRequest[], view: ViewCase) {
  await view.prepare(page);
  await page.evaluate(([rows, has]) => (window as unknown as BenchWindow).benchWatch(rows, has), [
    view.rows,
    view.firstRowHas ?? null,
  ] as const);
  const windowStart = log.length;
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.start");
  }
  const traced = process.env.BENCH_TRACE;
  if (traced) await page.context().browser()?.startTracing(page, { screenshots: false });
  await view.act(page);
  const shown = await watchedRows(page);
  const fileOf = (suffix: string) => `${view.name.replace(/\W+/g, "-")}-${Date.now()}.${suffix}`;
  if (cdp) {
    const { profile } = await cdp.send("Profiler.stop");
    writeFileSync(`${process.env.BENCH_PROFILE}/${fileOf("cpuprofile")}`, JSON.stringify(profile));
  }
  if (traced) {
    const trace = await page.context().browser()?.stopTracing();
    if (trace) writeFileSync(`${traced}/${fileOf("trace.json")}`, trace);
  }
  await page.waitForTimeout(SETTLE_MS);
  // The page shown: a list paged in place moves the URL just after the frame that shows the rows.
  const path = pathOf(page.url());
  const made = log.slice(windowStart).filter(({ request }) => countsForView(consoleUrl, request));
  const drawnByThisView = made.some(
    ({ request }) => isPageData(request) && !isPrefetch(request) && pathOf(request.url()) === path,
  );
  if (process.env.BENCH_DEBUG) {
    const lines = made.map(
      ({ request }) => `${request.url()} ${JSON.stringify(request.headers())}`,
    );
    benchLog(
      `${view.name}: ${shown.shownAt - shown.actedAt} ms (${path}; ${await phasesOf(page, shown, path)})\n  ${lines.join("\n  ")}`,
    );
  }
  return {
    ms: shown.shownAt - shown.actedAt,
    serverMs: view.reference ? Number.NaN : await serverTimeFor(log, path),
    // The page itself is not counted: fetched now, or ahead of the click (then not in the window).
    extraRequests: made.length - (drawnByThisView ? 1 : 0),
  };
}

/** The bench admin's rows per page, as choosing it beside a pager would save it. */
async function choosePageSize(databaseUrl: string, matrixId: string, pageSize: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO person_preference (homeserver_id, matrix_id, page_size) VALUES ('default', $1, $2)
       ON CONFLICT (homeserver_id, matrix_id) DO UPDATE SET page_size = $2`,
      [matrixId, pageSize],
    );
  } finally {
    await client.end();
  }
  benchLog(`rows per page: ${pageSize}`);
}

type Sample = Awaited<ReturnType<typeof measureView>>;

async function main() {
  // A fresh machine has no Chromium yet: installed as `npm test` installs it.
  execFileSync("bash", ["scripts/test/ensure-chromium.sh"], { stdio: "inherit" });
  const { consoleUrl, cookie, databaseUrl, adminId } = await startListsConsole(stops);
  if (process.env.BENCH_PAGE_SIZE) {
    await choosePageSize(databaseUrl, adminId, Number(process.env.BENCH_PAGE_SIZE));
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  stops.push(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: consoleUrl };
    }),
  );
  await context.addInitScript({ content: ROW_WATCH_SCRIPT });
  const page = await context.newPage();
  const log: LoggedRequest[] = [];
  page.on("request", (request) => log.push({ request }));

  const only = process.env.BENCH_ONLY;
  const cases = viewCases(consoleUrl).filter((view) => !only || view.name.includes(only));
  const samples = new Map<string, Sample[]>(cases.map((view) => [view.name, []]));
  // One untimed round warms the server's code paths and the browser's caches.
  for (const view of cases) await measureView(page, consoleUrl, log, view);
  for (let round = 0; round < N; round++) {
    for (const view of cases) {
      samples.get(view.name)?.push(await measureView(page, consoleUrl, log, view));
    }
    benchLog(`round ${round + 1} of ${N}`);
  }
  const rows: BrowserRow[] = cases.map((view) => {
    const taken = samples.get(view.name) ?? [];
    const sorted = (pick: (sample: Sample) => number) => taken.map(pick).sort((a, b) => a - b);
    const ms = sorted((sample) => sample.ms);
    const server = sorted((sample) => sample.serverMs);
    const requests = sorted((sample) => sample.extraRequests);
    return {
      view: view.name,
      p50: percentile(ms, 0.5),
      p95: percentile(ms, 0.95),
      serverP50: percentile(server, 0.5),
      maxRequests: requests.at(-1) ?? Number.NaN,
      reference: view.reference ?? false,
    };
  });
  return printBrowserTable(rows, N);
}

runBench(main, stops);
