import "server-only";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import { SPACE_TREE_PAGE_SIZE } from "@/lib/schemas/space-hierarchy-search";

/** Newest reports shown on the room page; the reports page has the rest. */
export const ROOM_REPORTS_SHOWN = 20;

/**
 * A page of the space's tree, or "unsupported" from a Synapse older than its admin hierarchy API
 * (it answers an unknown path with 404 M_UNRECOGNIZED; the page then lists the direct children
 * from the space's state instead).
 */
async function readSpaceTree(synapse: SynapseClient, spaceId: string, from?: string) {
  try {
    const hierarchy = await synapse.rooms.hierarchy(spaceId, { from, limit: SPACE_TREE_PAGE_SIZE });
    return { kind: "tree" as const, hierarchy };
  } catch (error) {
    if (isSynapseError(error, "not_found") && error.errcode === "M_UNRECOGNIZED") {
      return { kind: "unsupported" as const };
    }
    throw error;
  }
}

/**
 * Everything the room page shows from Synapse, read in parallel, for a signed-in viewer only; for a
 * space, the page of its tree starting at `spaceFrom` too.
 */
export async function getRoomPageData(roomId: string, spaceFrom?: string) {
  await requirePageUser();
  const synapse = await getServiceSynapse();
  const room = await synapse.rooms.get(roomId);
  const [members, state, block, forwardExtremities, service, aliases, reports, hierarchy] =
    await Promise.all([
      synapse.rooms.members(roomId),
      synapse.rooms.state(roomId),
      synapse.rooms.blockStatus(roomId),
      synapse.rooms.forwardExtremities(roomId),
      synapse.session.whoAmI(),
      synapse.rooms.aliases(roomId),
      synapse.eventReports.list({ room_id: roomId, limit: ROOM_REPORTS_SHOWN, dir: "b" }),
      room.room_type === "m.space" ? readSpaceTree(synapse, roomId, spaceFrom) : null,
    ]);
  return {
    room,
    members,
    state,
    blocked: block.block,
    forwardExtremities,
    serviceUserId: service.user_id,
    aliases,
    hierarchy,
    // Synapse matches room_id as a substring; only this room's reports belong here.
    reports: {
      items: reports.event_reports.filter((report) => report.room_id === roomId),
      total: reports.total,
    },
  };
}
