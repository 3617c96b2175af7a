import "server-only";
import { toPageProblem } from "@/lib/actions/page-problem";
import type { SynapseClient } from "@/lib/synapse";
import { toThreepidQuery, type ThreepidQuery } from "@/lib/schemas/threepid-search";
import { toListUsersParams, type UserListSearch } from "@/lib/schemas/user-list";
import type { ThreepidMatch, UsersPage } from "./users-page-shape";

/**
 * The account that has the search's email address or phone number as a third-party ID (Synapse's
 * exact lookup), with what Synapse says of it; why not, when the lookup failed.
 */
async function matchThreepid(synapse: SynapseClient, query: ThreepidQuery): Promise<ThreepidMatch> {
  try {
    const userId = await synapse.users.findByThreepid(query.medium, query.address);
    if (!userId) return { ...query, owner: null };
    // The owner's name and state; the ID alone when Synapse cannot read the user.
    const user = await synapse.users.get(userId).catch(() => null);
    return { ...query, owner: { user_id: userId, user } };
  } catch (error) {
    return { ...query, ...toPageProblem(error) };
  }
}

/**
 * One page of the users list, as the page shows it and `/api/v1/users` answers it: when the search
 * reads as an email address or a phone number, with whose it is beside the name search.
 */
export async function readUsersPage(
  synapse: SynapseClient,
  search: UserListSearch,
): Promise<UsersPage> {
  const threepidQuery = toThreepidQuery(search.q);
  const [list, threepid] = await Promise.all([
    synapse.users.list(toListUsersParams(search)),
    threepidQuery ? matchThreepid(synapse, threepidQuery) : undefined,
  ]);
  return {
    users: list.users,
    total: list.total,
    next_token: list.next_token ?? null,
    ...(threepid ? { threepid } : {}),
  };
}
