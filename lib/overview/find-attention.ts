import "server-only";
import { toPageProblem, type PageProblem } from "@/lib/actions/page-problem";
import { countStaleInNewestSnapshot, type StaleSummary } from "@/lib/devices/stale-summary";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { countTroubledRuns, type TroubledRuns } from "@/lib/jobs/troubled-runs";
import { latestDrift, type Drift } from "@/lib/policy/drift";
import { countTokenAttention, type TokenAttention } from "@/lib/tokens/rotation-due";

/** One source's answer, or why it could not be read (Synapse down, the database slow). */
export type Reading<T> = { value: T } | PageProblem;

export type Attention = {
  eventReports: Reading<number>;
  staleDevices: Reading<StaleSummary | null>;
  tokens: Reading<TokenAttention>;
  jobs: Reading<TroubledRuns>;
  drift: Reading<Drift | null>;
};

const read = <T>(work: Promise<T>): Promise<Reading<T>> =>
  work.then((value) => ({ value }), toPageProblem);

/** Every event report Synapse holds: one is open until someone deletes it. */
async function countEventReports(): Promise<number> {
  const synapse = await getServiceSynapse();
  return (await synapse.eventReports.list({ limit: 1 })).total;
}

/**
 * What may need a look, each source read at once and on its own, so one that fails (Synapse down)
 * leaves the others standing. Counts only: every figure is one small query or request. Every page
 * these figures lead to is open to viewers, so every role gets all of them.
 */
export async function findAttention(now: Date): Promise<Attention> {
  const [eventReports, staleDevices, tokens, jobs, drift] = await Promise.all([
    read(countEventReports()),
    read(countStaleInNewestSnapshot()),
    read(countTokenAttention(now)),
    read(countTroubledRuns(now)),
    read(latestDrift()),
  ]);
  return { eventReports, staleDevices, tokens, jobs, drift };
}
