import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DestinationRooms } from "@/components/federation/destination-detail/destination-rooms";
import { DestinationSummary } from "@/components/federation/destination-detail/destination-summary";
import { ResetConnectionButton } from "@/components/federation/destination-detail/reset-connection-button";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { parseDestinationRoomsSearch } from "@/lib/schemas/destination-list";
import { serverNameSchema } from "@/lib/schemas/matrix-id";
import { isSynapseError } from "@/lib/synapse";
import { isBackingOff, type ListDestinationRoomsParams } from "@/lib/synapse/federation";

export const metadata: Metadata = { title: "Federation destination" };

type Props = {
  params: Promise<{ destination: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function loadDestination(destination: string, rooms: ListDestinationRoomsParams) {
  // Anything but a server name is no destination Synapse could know.
  if (!serverNameSchema.safeParse(destination).success) return null;
  try {
    const synapse = await getServiceSynapse();
    const [details, roomList] = await Promise.all([
      synapse.federation.get(destination),
      synapse.federation.rooms(destination, rooms),
    ]);
    return { details, roomList };
  } catch (error) {
    if (isSynapseError(error, "not_found")) return null;
    return toPageProblem(error);
  }
}

export default async function DestinationPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const destination = decodeURIComponent((await params).destination);
  const rooms = parseDestinationRoomsSearch(await searchParams);
  const result = await loadDestination(destination, rooms);
  if (result === null) notFound();
  if ("problem" in result) {
    return <PageProblemAlert title="The homeserver did not answer" problem={result.problem} />;
  }
  const { details, roomList } = result;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader
          title={details.destination}
          description="A server Synapse has sent to or tried to reach."
        />
        {hasRole(user.role, "admin") && isBackingOff(details) ? (
          <ResetConnectionButton destination={details.destination} />
        ) : null}
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Connection</CardTitle>
        </CardHeader>
        <CardContent>
          <DestinationSummary destination={details} now={new Date()} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Rooms</CardTitle>
        </CardHeader>
        <CardContent>
          <DestinationRooms
            destination={details.destination}
            list={roomList}
            from={rooms.from ?? 0}
            limit={rooms.limit ?? 50}
          />
        </CardContent>
      </Card>
    </div>
  );
}
