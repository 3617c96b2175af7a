import { z } from "zod";
import { countOf } from "@/lib/format/count";

/**
 * What a walk of the audit chain found (lib/audit/verify-chain.ts), and how it is said. Apart from
 * the verifier, so the run page can say it without loading a database driver into the browser.
 */
export const chainReportSchema = z.object({
  /** Links checked: entries and outcomes. */
  links: z.number().int().nonnegative(),
  entries: z.number().int().nonnegative(),
  outcomes: z.number().int().nonnegative(),
  /** Rows written before the chain began (no chain_seq); counted, not checked. */
  beforeChain: z.number().int().nonnegative(),
  /** The last link's hash: keep it elsewhere to find a later truncation of the tail. */
  headHash: z.string().nullable(),
  problem: z
    .object({
      seq: z.string(),
      kind: z.enum(["entry", "outcome"]),
      entryId: z.string().nullable(),
      reason: z.string(),
    })
    .nullable(),
});

export type ChainReport = z.infer<typeof chainReportSchema>;
export type ChainProblem = NonNullable<ChainReport["problem"]>;

/** The report in one line, as `npm run audit:verify` and the "Verify the log" run say it. */
export function describeChainReport(report: ChainReport): string {
  const before = report.beforeChain
    ? ` (${countOf(report.beforeChain, "row")} written before the chain began, not covered)`
    : "";
  if (!report.problem) {
    return `Intact: ${countOf(report.entries, "entry", "entries")} and ${countOf(report.outcomes, "outcome")}, ${countOf(report.links, "link")}${before}.`;
  }
  const { seq, kind, entryId, reason } = report.problem;
  const which = entryId ? `the ${kind} of audit entry ${entryId}` : `an ${kind}`;
  return `Broken at link ${seq}, ${which}: ${reason}. The ${countOf(report.links, "link")} before it hold.`;
}
