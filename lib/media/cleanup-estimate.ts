import type { SynapseClient } from "@/lib/synapse";

/** Users read per page of Synapse's statistics, and the most pages one estimate reads. */
const PAGE_SIZE = 500;
const MAX_PAGES = 20;

/**
 * What the users-media statistics say about local media uploaded before the cut-off: how many and
 * how large, summed over the uploaders. Synapse's statistics filter by upload time only, while its
 * clean-up goes by last use, size and avatars, so this is the most a clean-up can delete, not what
 * it will. `complete` is false when more uploaders exist than one estimate reads.
 */
export type LocalMediaCount = {
  media: number;
  bytes: number;
  users: number;
  usersTotal: number;
  complete: boolean;
};

export async function countLocalMediaUploadedBefore(
  synapse: SynapseClient,
  cutoffMs: number,
): Promise<LocalMediaCount> {
  // Synapse's until_ts is inclusive and the clean-up's before_ts is not.
  const untilTs = Math.max(1, cutoffMs - 1);
  const count: LocalMediaCount = { media: 0, bytes: 0, users: 0, usersTotal: 0, complete: true };
  let from = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await synapse.statistics.usersMedia({
      from,
      limit: PAGE_SIZE,
      until_ts: untilTs,
    });
    count.usersTotal = answer.total;
    for (const user of answer.users) {
      count.media += user.media_count;
      count.bytes += user.media_length;
    }
    count.users += answer.users.length;
    if (answer.next_token === undefined || answer.users.length === 0) return count;
    from = answer.next_token;
  }
  count.complete = count.users >= count.usersTotal;
  return count;
}
