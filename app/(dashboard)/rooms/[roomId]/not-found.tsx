"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";
import { useRouteParam } from "@/components/layout/use-route-param";
import { roomIdSchema } from "@/lib/schemas/matrix-id";

const WAYS_BACK = [{ href: "/rooms", label: "All rooms" }];

/**
 * The room's page and its timeline call notFound() for an ID that is no room ID, and for a room
 * Synapse does not have.
 */
export default function RoomNotFound() {
  const roomId = useRouteParam("roomId");
  if (!roomIdSchema.safeParse(roomId).success) {
    return (
      <NotFoundNotice title="Not a room ID" waysBack={WAYS_BACK}>
        <RouteParam name="roomId" /> is not a Matrix room ID: it should look like !id:server.
      </NotFoundNotice>
    );
  }
  return (
    <NotFoundNotice title="Room not found" waysBack={WAYS_BACK}>
      No room <RouteParam name="roomId" /> on this homeserver.
    </NotFoundNotice>
  );
}
