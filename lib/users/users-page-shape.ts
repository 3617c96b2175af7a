import type { ThreepidQuery } from "@/lib/schemas/threepid-search";
import type { SynapseUser } from "@/lib/synapse";
import type { SynapseUserListEntry } from "@/lib/synapse/user-schemas";

/** What the match says of the owner: the name and the states the list's badges show, no more. */
export type ThreepidOwnerDetails = Pick<
  SynapseUser,
  | "displayname"
  | "admin"
  | "deactivated"
  | "erased"
  | "locked"
  | "suspended"
  | "shadow_banned"
  | "is_guest"
  | "user_type"
>;

/** Whose the searched email address or phone number is: `owner` null when nobody's. */
export type ThreepidMatch = ThreepidQuery &
  ({ owner: { user_id: string; user: ThreepidOwnerDetails | null } | null } | { problem: string });

/** One page of the users list, as the page renders it and `/api/v1/users` answers it. */
export type UsersPage = {
  users: SynapseUserListEntry[];
  total: number;
  /** The next page's `from`; null on the last page. */
  next_token: string | null;
  /** On the first page of a search that reads as an email address or a phone number. */
  threepid?: ThreepidMatch;
};
