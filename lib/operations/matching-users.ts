import type { UserListFilters } from "@/lib/schemas/server-notice";
import { matchingUsersQuery } from "@/lib/schemas/server-notice";
import { withPatience, type WaitNotice } from "@/lib/devices/patience";
import type { SynapseClient } from "@/lib/synapse";

export type MatchingPage = {
  userIds: string[];
  /** Synapse's count of every matching user, as it answered with this page. */
  total: number;
};

/**
 * Every local user matching the users list's filters, one Synapse page at a time (100 users),
 * read only as the caller asks for the next page: a job holds one page, never the whole list.
 */
export async function* pagesOfMatchingUsers(
  synapse: SynapseClient,
  filters: UserListFilters,
  options: { signal: AbortSignal; onWait?: WaitNotice },
): AsyncGenerator<MatchingPage> {
  let from: number | undefined = 0;
  while (from !== undefined) {
    options.signal.throwIfAborted();
    const offset: number = from;
    // Patient like the job's other steps: a Synapse restart mid-run pauses the paging instead of ending it.
    const page = await withPatience(
      () => synapse.users.list(matchingUsersQuery(filters, offset)),
      options.signal,
      { onWait: options.onWait },
    );
    yield { userIds: page.users.map((user) => user.name), total: page.total };
    const next: number | undefined =
      page.next_token === undefined ? undefined : Number(page.next_token);
    // A token that does not move on would page forever.
    from = next !== undefined && Number.isFinite(next) && next > offset ? next : undefined;
  }
}
