import { IntentLink } from "@/components/ui/intent-link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { toPageProblem } from "@/lib/actions/page-problem";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { toThreepidQuery, type ThreepidQuery } from "@/lib/schemas/threepid-search";
import type { SynapseUser } from "@/lib/synapse";
import { UserStatusBadges } from "../user-status-badges";
import { userHref } from "./columns";

/** The owner's ID, with what Synapse says of them (null when it could not be read). */
type Owner = { userId: string; user: SynapseUser | null };

type Lookup = { owner: Owner | null } | { problem: string };

const mediumName = (query: ThreepidQuery) =>
  query.medium === "email" ? "email address" : "phone number";

async function lookUp(query: ThreepidQuery): Promise<Lookup> {
  try {
    const synapse = await getServiceSynapse();
    const userId = await synapse.users.findByThreepid(query.medium, query.address);
    if (!userId) return { owner: null };
    // The owner's name and state; the ID alone when Synapse cannot read the user.
    const user = await synapse.users.get(userId).catch(() => null);
    return { owner: { userId, user } };
  } catch (error) {
    return toPageProblem(error);
  }
}

/**
 * Above the users list when the search reads as an email address or a phone number: the account
 * that has it as a third-party ID (Synapse's own lookup, exact), or that none has. The name search
 * below goes on as usual, since the text may also be part of a user ID or display name.
 */
export async function ThreepidMatch({ search }: { search: string | undefined }) {
  const query = toThreepidQuery(search);
  if (!query) return null;
  const lookup = await lookUp(query);
  const what = `${mediumName(query)} ${query.shown}`;
  if ("problem" in lookup)
    return (
      <Alert variant="destructive" data-testid="threepid-match">
        <AlertTitle>Could not look up the {what}</AlertTitle>
        <AlertDescription>{lookup.problem}</AlertDescription>
      </Alert>
    );
  if (!lookup.owner)
    return (
      <Alert data-testid="threepid-match">
        <AlertTitle>No account has the {what}</AlertTitle>
        <AlertDescription>
          Synapse matches third-party IDs exactly. The name search below still looks for it in user
          IDs and display names.
        </AlertDescription>
      </Alert>
    );
  const { userId, user } = lookup.owner;
  return (
    <Alert data-testid="threepid-match">
      <AlertTitle>The {what} belongs to</AlertTitle>
      <AlertDescription className="flex flex-wrap items-center gap-2">
        <IntentLink className="font-mono underline underline-offset-4" href={userHref(userId)}>
          {userId}
        </IntentLink>
        {user?.displayname ? <span>({user.displayname})</span> : null}
        {user ? <UserStatusBadges user={user} /> : null}
      </AlertDescription>
    </Alert>
  );
}
