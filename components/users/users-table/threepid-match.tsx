import { IntentLink } from "@/components/ui/intent-link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { ThreepidMatch as Match } from "@/lib/users/users-page-shape";
import { UserStatusBadges } from "../user-status-badges";
import { userHref } from "./columns";

const mediumName = (match: Match) => (match.medium === "email" ? "email address" : "phone number");

/**
 * Above the users list when the search reads as an email address or a phone number: the account
 * that has it as a third-party ID (Synapse's own lookup, exact), or that none has. The name search
 * below goes on as usual, since the text may also be part of a user ID or display name.
 */
export function ThreepidMatch({ match }: { match: Match | undefined }) {
  if (!match) return null;
  const what = `${mediumName(match)} ${match.shown}`;
  if ("problem" in match)
    return (
      <Alert variant="destructive" data-testid="threepid-match">
        <AlertTitle>Could not look up the {what}</AlertTitle>
        <AlertDescription>{match.problem}</AlertDescription>
      </Alert>
    );
  if (!match.owner)
    return (
      <Alert data-testid="threepid-match">
        <AlertTitle>No account has the {what}</AlertTitle>
        <AlertDescription>
          Synapse matches third-party IDs exactly. The name search below still looks for it in user
          IDs and display names.
        </AlertDescription>
      </Alert>
    );
  const { user_id: userId, user } = match.owner;
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
