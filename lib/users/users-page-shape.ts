import type { ThreepidQuery } from "@/lib/schemas/threepid-search";
import type { SynapseUser } from "@/lib/synapse";
import type { SynapseUserListEntry } from "@/lib/synapse/user-schemas";

/** Whose the searched email address or phone number is: `owner` null when nobody's. */
export type ThreepidMatch = ThreepidQuery &
  ({ owner: { user_id: string; user: SynapseUser | null } | null } | { problem: string });

/** One page of the users list, as the page renders it and `/api/v1/users` answers it. */
export type UsersPage = {
  users: SynapseUserListEntry[];
  total: number;
  /** The next page's `from`; null on the last page. */
  next_token: string | null;
  /** When the search reads as an email address or a phone number. */
  threepid?: ThreepidMatch;
};
