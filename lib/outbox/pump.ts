import "server-only";
import { pruneOutbox } from "./prune";
import { queueNewEvents } from "./queue-events";
import { sendDueDeliveries, type SendCounts } from "./send-deliveries";

/** How often a worker looks for new events and due deliveries. */
export const PUMP_INTERVAL_MS = 5_000;
/** How often a worker deletes what the log no longer keeps. */
const PRUNE_INTERVAL_MS = 60 * 60_000;

/** One round: queue what happened since the last one, then send what is due. */
export async function pumpOutbox(): Promise<SendCounts & { queued: number }> {
  const { queued } = await queueNewEvents();
  return { queued, ...(await sendDueDeliveries()) };
}

export type OutboxPump = { stop(): Promise<void> };

/**
 * Pumps the outbox every few seconds until stopped. Several workers may pump at once: a batch or
 * delivery one holds is skipped by the others. A failed round is logged and the next one tries
 * again; nothing is lost, since what was not queued or sent stays where it was.
 */
export function startOutboxPump(log: (line: string) => void): OutboxPump {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let prunedAt = 0;
  const work = async () => {
    await pumpOutbox();
    if (Date.now() - prunedAt < PRUNE_INTERVAL_MS) return;
    prunedAt = Date.now();
    await pruneOutbox();
  };
  const round = () => {
    current = work().then(
      () => undefined,
      (error: unknown) => log(`outbox round failed: ${String(error)}`),
    );
    void current.then(() => {
      if (!stopped) timer = setTimeout(round, PUMP_INTERVAL_MS);
    });
  };
  timer = setTimeout(round, PUMP_INTERVAL_MS);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
