import { Suspense, type ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import {
  ActionGroup,
  adminOnlyReason,
  restrictionToggles,
  serviceAccountFilter,
} from "@/components/users/user-actions/action-groups";
import { RedactDialog } from "@/components/users/user-actions/redact-dialog";
import { userHref } from "@/components/users/users-table/columns";
import { toPageProblem } from "@/lib/actions/page-problem";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import { serverNameOf } from "@/lib/schemas/matrix-id";
import { isSynapseError, type SynapseUser } from "@/lib/synapse";

type Props = {
  /** The user the report is about: a message's sender, or the reported user. */
  userId: string;
  /** The card's title: "The sender", "The reported user". */
  title: string;
  viewer: CurrentUser;
  /** The reported message's room: admins may redact the user's messages there. */
  room?: { roomId: string; name: string | null };
};

type Loaded = { user: SynapseUser; serviceAccount: boolean } | { problem: string } | null;

/**
 * The user and whether they are the console's service account; null when there is no such account.
 * A service account that cannot be named is taken for another user, as on the user page: its
 * actions refuse to change it anyway.
 */
async function loadUser(userId: string): Promise<Loaded> {
  try {
    const synapse = await getServiceSynapse();
    const [user, serviceUserId] = await Promise.all([
      synapse.users.get(userId),
      getServiceUserId(synapse).catch(() => null),
    ]);
    return { user, serviceAccount: user.name === serviceUserId };
  } catch (error) {
    if (isSynapseError(error, "not_found")) return null;
    return toPageProblem(error);
  }
}

function Note({ children }: { children: ReactNode }) {
  return <p className="text-sm text-muted-foreground">{children}</p>;
}

/**
 * What a moderator does next about a report, on the report's page: restrict the user it is about
 * (operators), or redact their messages in the reported room (admins). The user's page has every
 * other action. Shown by role for convenience only: each action checks the role, and the rule for
 * acting on users, again on the server. The account is read while the report already shows.
 */
export function ActOnUserCard({ userId, title, viewer, room }: Props) {
  if (!hasRole(viewer.role, "operator")) return null;
  return (
    <Card role="region" aria-label={title}>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <Suspense fallback={<Note>Reading their account…</Note>}>
          <UserActions userId={userId} viewer={viewer} room={room} />
        </Suspense>
      </CardContent>
    </Card>
  );
}

async function UserActions({ userId, viewer, room }: Omit<Props, "title">) {
  const homeserver = await getHomeserver();
  const server = serverNameOf(userId);
  if (homeserver && server !== homeserver.serverName) {
    return (
      <Note>
        {userId} is a user of {server}: this console acts on this server&apos;s users only.
        {room ? " A moderator of the room can remove them from it." : null}
      </Note>
    );
  }
  const loaded = await loadUser(userId);
  if (loaded === null) return <Note>There is no account {userId} on this server any more.</Note>;
  if ("problem" in loaded) return <Note>Their account could not be read: {loaded.problem}</Note>;
  return (
    <>
      <UserControls {...loaded} viewer={viewer} room={room} />
      <IntentLink className="text-sm underline underline-offset-4" href={userHref(userId)}>
        Every action on {userId}
      </IntentLink>
    </>
  );
}

function UserControls({
  user,
  serviceAccount,
  viewer,
  room,
}: {
  user: SynapseUser;
  serviceAccount: boolean;
  viewer: CurrentUser;
  room?: Props["room"];
}) {
  if (user.deactivated) return <Note>{user.name} is deactivated.</Note>;
  const isAdmin = hasRole(viewer.role, "admin");
  const adminOnly = isAdmin ? null : adminOnlyReason(user, viewer.matrixId);
  if (adminOnly) return <Note>{adminOnly}</Note>;
  const { offer, withheld } = serviceAccountFilter(serviceAccount);
  const restrictions = restrictionToggles(user, user.name === viewer.matrixId, offer);
  return (
    <>
      {withheld.length > 0 ? (
        <Note>
          This is the console&apos;s own service account, which it never restricts. Not offered
          here: {withheld.join(", ")}.
        </Note>
      ) : null}
      <ActionGroup title="Restrictions">{restrictions}</ActionGroup>
      {isAdmin && room ? (
        <ActionGroup title="In the reported room">
          <RedactDialog userId={user.name} onlyRoom={room} />
        </ActionGroup>
      ) : null}
    </>
  );
}
