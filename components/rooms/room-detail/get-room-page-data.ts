import "server-only";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";

/** Newest reports shown on the room page; the reports page has the rest. */
export const ROOM_REPORTS_SHOWN = 20;

/** Everything the room page shows from Synapse, read in parallel, for a signed-in viewer only. */
export async function getRoomPageData(roomId: string) {
  await requirePageUser();
  const synapse = await getServiceSynapse();
  const room = await synapse.rooms.get(roomId);
  const [members, state, block, forwardExtremities, service, aliases, reports] = await Promise.all([
    synapse.rooms.members(roomId),
    synapse.rooms.state(roomId),
    synapse.rooms.blockStatus(roomId),
    synapse.rooms.forwardExtremities(roomId),
    synapse.session.whoAmI(),
    synapse.rooms.aliases(roomId),
    synapse.eventReports.list({ room_id: roomId, limit: ROOM_REPORTS_SHOWN, dir: "b" }),
  ]);
  return {
    room,
    members,
    state,
    blocked: block.block,
    forwardExtremities,
    serviceUserId: service.user_id,
    aliases,
    // Synapse matches room_id as a substring; only this room's reports belong here.
    reports: {
      items: reports.event_reports.filter((report) => report.room_id === roomId),
      total: reports.total,
    },
  };
}
