// Prints bench:history's table (what, p50, p95, target, met?) and says whether every target was met.
import type { BeforeReadResult, WritersResult } from "./history-actions";
import type { Samples } from "./measure";

export type TableRow = Samples & { what: string; unit: "ms" | "s" | "MB"; target: number | null };

export type HistoryReport = {
  entries: number;
  seedSeconds: number;
  n: number;
  rows: TableRow[];
  exported: {
    bytes: number;
    lines: number;
    seconds: number;
    before: number;
    peak: number;
    /** The highest RSS by a quarter, half, three quarters and all of the bytes. */
    byQuarter: number[];
    growthTargetMb: number;
  };
  verify: { seconds: number; intact: boolean; links: number; target: number };
  writers: { chained: WritersResult; unchained: WritersResult; rounds: number };
  beforeReads: { results: BeforeReadResult[]; target: number };
  load: string;
};

const cell = (value: number | null, width = 9) =>
  (value === null ? "" : value.toFixed(1)).padStart(width);
const verdict = (met: boolean | null) => (met === null ? "" : met ? "met" : "MISSED");

/** Prints the table; true when every row with a target met it. */
export function printHistoryTable(report: HistoryReport): boolean {
  const lines: Array<{
    what: string;
    p50: number | null;
    p95: number | null;
    target: string;
    met: boolean | null;
  }> = [];
  for (const row of report.rows) {
    lines.push({
      what: `${row.what} (${row.unit})`,
      p50: row.p50,
      p95: row.p95,
      target: row.target === null ? "" : `p95 < ${row.target}`,
      met: row.target === null ? null : row.p95 < row.target,
    });
  }
  const growthMb = (report.exported.peak - report.exported.before) / 1024 / 1024;
  lines.push({
    what: `export NDJSON: server RSS growth (MB)`,
    p50: null,
    p95: growthMb,
    target: `< ${report.exported.growthTargetMb}`,
    met: growthMb < report.exported.growthTargetMb,
  });
  lines.push({
    what: `verifyAuditChain, ${report.verify.links.toLocaleString("en")} links (s)`,
    p50: null,
    p95: report.verify.seconds,
    target: `< ${report.verify.target}${report.verify.intact ? "" : " (NOT INTACT)"}`,
    met: report.verify.intact && report.verify.seconds < report.verify.target,
  });
  const { chained, unchained } = report.writers;
  lines.push({
    what: "50 concurrent runAudited, chained: total (ms)",
    p50: chained.totalMs,
    p95: null,
    target: "",
    met: null,
  });
  lines.push({
    what: "  per call (ms)",
    p50: chained.perCall.p50,
    p95: chained.perCall.p95,
    target: "",
    met: null,
  });
  lines.push({
    what: "50 concurrent runAudited, trigger off: total (ms)",
    p50: unchained.totalMs,
    p95: null,
    target: "",
    met: null,
  });
  lines.push({
    what: "  per call (ms)",
    p50: unchained.perCall.p50,
    p95: unchained.perCall.p95,
    target: "",
    met: null,
  });
  for (const result of report.beforeReads.results) {
    const added = result.withRead.p50 / result.withoutRead.p50 - 1;
    lines.push({
      what: `${result.action}, with its before-read (ms)`,
      p50: result.withRead.p50,
      p95: result.withRead.p95,
      target: "",
      met: null,
    });
    // A read the action needs anyway is no extra read: its share is shown, not judged.
    lines.push({
      what: `  without it (ms): the read adds ${(added * 100).toFixed(1)} %`,
      p50: result.withoutRead.p50,
      p95: result.withoutRead.p95,
      target: result.neededAnyway
        ? "(needed anyway)"
        : `≤ ${report.beforeReads.target * 100} % at p50`,
      met: result.neededAnyway ? null : added <= report.beforeReads.target,
    });
  }

  console.log(
    `\n${report.entries.toLocaleString("en")} audit entries with outcomes, seeded in ${report.seedSeconds.toFixed(0)} s; ${report.n} values per filter, ${report.n} runs per action side (taking turns); load average at the end ${report.load}`,
  );
  console.log(
    `export: ${report.exported.lines.toLocaleString("en")} lines, ${(report.exported.bytes / 1e6).toFixed(0)} MB in ${report.exported.seconds.toFixed(1)} s, server RSS growth by a quarter, half, three quarters and all of it: ${report.exported.byQuarter.map((rss) => ((rss - report.exported.before) / 1024 / 1024).toFixed(0)).join(", ")} MB; writers: the median of ${report.writers.rounds} rounds per side, taking turns\n`,
  );
  console.log(
    `${"what".padEnd(58)} ${"p50".padStart(9)} ${"p95".padStart(9)}   ${"target".padEnd(17)} met?`,
  );
  for (const line of lines) {
    console.log(
      `${line.what.padEnd(58)} ${cell(line.p50)} ${cell(line.p95)}   ${line.target.padEnd(17)} ${verdict(line.met)}`,
    );
  }
  const missed = lines.filter((line) => line.met === false);
  console.log(
    missed.length === 0
      ? "\nPASS: every target met"
      : `\nFAIL: ${missed.length} targets missed: ${missed.map((line) => line.what.trim()).join("; ")}`,
  );
  return missed.length === 0;
}
