import "server-only";
import { toPageProblem } from "@/lib/actions/page-problem";
import type { SynapseClient, SynapseUser } from "@/lib/synapse";
import { toThreepidQuery, type ThreepidQuery } from "@/lib/schemas/threepid-search";
import { toListUsersParams, type UserListSearch } from "@/lib/schemas/user-list";
import type { ThreepidMatch, ThreepidOwnerDetails, UsersPage } from "./users-page-shape";

/** The owner's name and states, leaving out the rest of Synapse's record (their other IDs). */
const detailsOf = (user: SynapseUser): ThreepidOwnerDetails => ({
  displayname: user.displayname,
  admin: user.admin,
  deactivated: user.deactivated,
  erased: user.erased,
  locked: user.locked,
  suspended: user.suspended,
  shadow_banned: user.shadow_banned,
  is_guest: user.is_guest,
  user_type: user.user_type,
});

/**
 * The account that has the search's email address or phone number as a third-party ID (Synapse's
 * exact lookup), with its name and states; why not, when Synapse failed it. Anything else (a
 * fault of the console's own) rejects, as the list's own call would.
 */
async function matchThreepid(synapse: SynapseClient, query: ThreepidQuery): Promise<ThreepidMatch> {
  try {
    const userId = await synapse.users.findByThreepid(query.medium, query.address);
    if (!userId) return { ...query, owner: null };
    // The ID alone when Synapse cannot read the user.
    const user = await synapse.users.get(userId).catch(() => null);
    return { ...query, owner: { user_id: userId, user: user && detailsOf(user) } };
  } catch (error) {
    return { ...query, ...toPageProblem(error) };
  }
}

/**
 * The lookup for a search that reads as an email address or a phone number, on its first page only
 * (the pages after it, read ahead as the reader pages, would each ask again); undefined otherwise.
 */
export function lookUpThreepid(
  synapse: SynapseClient,
  search: UserListSearch,
): Promise<ThreepidMatch | undefined> {
  const query = search.from === 0 ? toThreepidQuery(search.q) : null;
  return query ? matchThreepid(synapse, query) : Promise.resolve(undefined);
}

/**
 * One page of the users list, as the page shows it and `/api/v1/users` answers it: on the first
 * page of a search that reads as an email address or a phone number, whose it is (`threepid`, the
 * lookup the caller started, or one started here).
 */
export async function readUsersPage(
  synapse: SynapseClient,
  search: UserListSearch,
  threepidLookup: Promise<ThreepidMatch | undefined> = lookUpThreepid(synapse, search),
): Promise<UsersPage> {
  // Awaited together, so a lookup that rejects is never left unhandled while the list is read.
  const [list, threepid] = await Promise.all([
    synapse.users.list(toListUsersParams(search)),
    threepidLookup,
  ]);
  return {
    users: list.users,
    total: list.total,
    next_token: list.next_token ?? null,
    ...(threepid ? { threepid } : {}),
  };
}
