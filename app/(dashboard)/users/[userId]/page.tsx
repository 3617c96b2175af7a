import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryCard } from "@/components/history/history-card";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { UserActionsCard } from "@/components/users/user-actions/user-actions-card";
import { SendNoticeDialog } from "@/components/users/server-notices/send-notice-dialog";
import { UserSessions } from "@/components/users/user-sessions/user-sessions";
import { UserDevices } from "@/components/users/user-devices";
import { describeJoinedRooms, UserJoinedRooms } from "@/components/users/user-joined-rooms";
import { UserMediaPanel } from "@/components/media/user-media-panel";
import { UserMediaCount } from "@/components/users/user-media-count";
import { UserProfile } from "@/components/users/user-profile";
import { UserRedactions } from "@/components/users/user-redactions";
import { UserPushers } from "@/components/users/user-pushers";
import {
  StreamedSectionCard,
  UserSectionCard,
  type UserSection,
} from "@/components/users/user-section-card";
import { UserStatusBadges } from "@/components/users/user-status-badges";
import { toPageProblem, type PageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { seesConnections, withConnectionsFor } from "@/lib/auth/connection-privacy";
import { hasRole } from "@/lib/auth/roles";
import { findHistoryPage } from "@/lib/data/audit-history";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import { findUserRedactions } from "@/lib/operations/redact-user-events";
import { isKnownWithoutAccountValidity } from "@/lib/operations/renew-account-validity";
import {
  SynapseError,
  type SynapseClient,
  type SynapseDevice,
  type SynapseUser,
} from "@/lib/synapse";
import type { RateLimitOverride } from "@/lib/synapse/user-admin";
import { historySearchString } from "@/lib/schemas/history-filter";
import { matrixUserIdSchema, serverNameOf } from "@/lib/schemas/matrix-id";
import type { SearchParams } from "@/lib/schemas/search-params";
import { parseUserMediaSearch } from "@/lib/schemas/user-media-list";

export const metadata: Metadata = { title: "User" };

/** The newest entries about the user; the History has the rest. */
const HISTORY_ROWS = 20;

type Props = { params: Promise<{ userId: string }>; searchParams: Promise<SearchParams> };

type LoadedUser = {
  user: SynapseUser;
  devices: SynapseDevice[];
  rateLimit: RateLimitOverride | null;
};

/** The user, null when this homeserver has none by that ID (not-found.tsx says so), or a problem. */
async function loadUser(userId: string): Promise<LoadedUser | PageProblem | null> {
  try {
    const synapse = await getServiceSynapse();
    const [user, devices, rateLimit] = await Promise.all([
      synapse.users.get(userId),
      synapse.devices.list(userId),
      synapse.users.rateLimit.get(userId),
    ]);
    return { user, devices: devices.devices, rateLimit };
  } catch (error) {
    // A missing user is an answer, not a failure: the not-found page says so, with a 404.
    if (error instanceof SynapseError && error.kind === "not_found") return null;
    return toPageProblem(error);
  }
}

/** One of the page's secondary reads: if it fails, only its own card says so. */
async function readSection<T>(
  read: (synapse: SynapseClient) => Promise<T>,
): Promise<UserSection<T>> {
  try {
    return { data: await read(await getServiceSynapse()) };
  } catch (error) {
    return toPageProblem(error);
  }
}

/**
 * A read the page does not wait for: it must not fail, since the page has been shown by then (an
 * error would replace it with the error page). What readSection would rethrow is said in its card.
 */
function readStreamedSection<T>(
  read: (synapse: SynapseClient) => Promise<T>,
): Promise<UserSection<T>> {
  return readSection(read).catch((error: unknown) => {
    console.error("[user page] a section read failed", error);
    return { problem: "It could not be read; the console's log says why." };
  });
}

/** The console's own account, or null when it cannot be said (the actions check again anyway). */
async function readServiceUserId(): Promise<string | null> {
  try {
    return await getServiceUserId(await getServiceSynapse());
  } catch {
    return null;
  }
}

export default async function UserPage({ params, searchParams }: Props) {
  const viewer = await requirePageUser();
  const userId = decodeURIComponent((await params).userId);
  // Not sent to Synapse, whose answer would be its own error text: not-found.tsx says what is wrong.
  if (!matrixUserIdSchema.safeParse(userId).success) notFound();
  // Another server's user is none of this one's (Synapse would answer 400): not found, before the
  // page's other reads are asked for.
  const homeserver = await getHomeserver().catch(() => null);
  if (homeserver && serverNameOf(userId) !== homeserver.serverName) notFound();
  const pageSearch = await searchParams;
  // One Synapse call per joined room (up to 50): asked with the others but not waited for, the page
  // shows without it and its card fills in.
  const rooms = readStreamedSection((synapse) => synapse.users.namedJoinedRooms(userId));
  const [result, history, connections, pushers, mediaCount, redactions, serviceUserId] =
    await Promise.all([
      loadUser(userId),
      findHistoryPage(viewer.role, { targetType: "user", target: userId }, HISTORY_ROWS),
      // IP addresses and clients are personal data: read for operators and admins only.
      seesConnections(viewer.role)
        ? readSection((synapse) => synapse.users.connections(userId))
        : null,
      readSection((synapse) => synapse.users.pushers(userId)),
      // Operators and admins get the media list, which says its total; viewers the count alone.
      hasRole(viewer.role, "operator")
        ? null
        : readSection((synapse) => synapse.users.mediaCount(userId)),
      readSection((synapse) => findUserRedactions(synapse, userId)),
      readServiceUserId(),
    ]);
  const serviceAccount = userId === serviceUserId;
  if (result === null) notFound();
  if (!("user" in result))
    return (
      <div className="space-y-6">
        <PageHeader title={userId} />
        <PageProblemAlert title="User not shown" problem={result.problem} />
      </div>
    );
  return (
    <div className="space-y-6">
      <PageHeader
        title={userId}
        description={<UserStatusBadges user={result.user} serviceAccount={serviceAccount} />}
        actions={
          hasRole(viewer.role, "operator") ? <SendNoticeDialog userId={userId} /> : undefined
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
        </CardHeader>
        <CardContent>
          <UserProfile user={result.user} rateLimit={result.rateLimit} />
        </CardContent>
      </Card>
      <UserActionsCard
        user={result.user}
        role={viewer.role}
        viewerId={viewer.matrixId}
        serviceAccount={serviceAccount}
        deviceCount={result.devices.length}
        rateLimit={result.rateLimit}
        joinedRooms={rooms}
        accountValidityOff={isKnownWithoutAccountValidity((await getServiceSynapse()).baseUrl)}
      />
      {"data" in redactions && redactions.data.length === 0 ? null : (
        <UserSectionCard title="Redactions" section={redactions}>
          {(rows) => <UserRedactions redactions={rows} />}
        </UserSectionCard>
      )}
      <StreamedSectionCard title="Joined rooms" section={rooms} description={describeJoinedRooms}>
        {(joined) => <UserJoinedRooms joined={joined} />}
      </StreamedSectionCard>
      <Card>
        <CardHeader>
          <CardTitle>Devices</CardTitle>
        </CardHeader>
        <CardContent>
          <UserDevices
            userId={userId}
            devices={withConnectionsFor(viewer.role, result.devices, (device) => ({
              ...device,
              last_seen_ip: null,
              last_seen_user_agent: null,
            }))}
            showConnections={seesConnections(viewer.role)}
            canChange={hasRole(viewer.role, "operator")}
            canDelete={!serviceAccount}
          />
        </CardContent>
      </Card>
      {connections ? (
        <UserSectionCard title="Sessions" section={connections}>
          {(rows) => <UserSessions devices={result.devices} connections={rows} />}
        </UserSectionCard>
      ) : null}
      <UserSectionCard title="Pushers" section={pushers}>
        {(rows) => <UserPushers pushers={rows} />}
      </UserSectionCard>
      {/* The files themselves are people's uploads: operators and admins see them, viewers a count. */}
      {mediaCount ? (
        <UserSectionCard title="Media" section={mediaCount}>
          {(count) => <UserMediaCount count={count} />}
        </UserSectionCard>
      ) : (
        <UserMediaPanel
          userId={userId}
          role={viewer.role}
          search={parseUserMediaSearch(pageSearch)}
          params={pageSearch}
        />
      )}
      <HistoryCard
        title="History"
        rows={history.rows}
        allHref={`/history${historySearchString({ targetType: "user", target: userId })}`}
      />
    </div>
  );
}
