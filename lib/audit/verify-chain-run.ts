import pg from "pg";
import { connectOwnClient } from "@/lib/data/own-connection";
import type { JobContext } from "@/lib/jobs/job-kind";
import { describeChainReport, type ChainReport } from "./chain-report";
import { CHAIN_BATCH, verifyAuditChain } from "./verify-chain";

const batchKey = (index: number) => `links-batch-${String(index).padStart(6, "0")}`;

/**
 * The "Verify the log" run: walks the whole chain on a connection of its own, recording one item
 * per batch of links so the run page shows a progress bar, and a failed item for the link that
 * does not hold. A resumed run walks the chain again from the start (it is one pass of reads) and
 * only skips recording the batches an earlier attempt recorded.
 */
export async function runChainVerify(
  context: JobContext,
  connect: () => Promise<pg.Client> = connectOwnClient,
): Promise<ChainReport> {
  const client = await connect();
  try {
    const recorded = await context.doneKeys();
    let batches = 0;
    const record = async (item: { ok: boolean; detail: unknown; error?: string }) => {
      const key = batchKey(batches++);
      if (!recorded.has(key)) await context.recordItem({ key, ...item });
    };
    const report = await verifyAuditChain(client, async (checked, total) => {
      // Stopping between batches: the engine judges the run by why it was stopped.
      context.signal.throwIfAborted();
      if (batches === 0) await context.setTotal(Math.ceil(total / CHAIN_BATCH));
      await record({ ok: true, detail: { checkedLinks: checked } });
    });
    if (report.problem) {
      const error = describeChainReport(report);
      await record({ ok: false, detail: { seq: report.problem.seq }, error });
      // The walk stops at the first broken link: its batch is the last there is to do.
      await context.setTotal(batches);
    } else if (batches === 0) {
      await context.setTotal(0);
    }
    return report;
  } finally {
    await client.end();
  }
}
