"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
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
        {roomId} is not a Matrix room ID: it should look like !id:server.
      </NotFoundNotice>
    );
  }
  return (
    <NotFoundNotice title="Room not found" waysBack={WAYS_BACK}>
      No room {roomId} on this homeserver.
    </NotFoundNotice>
  );
}
