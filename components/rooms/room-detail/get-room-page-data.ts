import "server-only";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";

/** Everything the room page shows from Synapse, read in parallel. */
export async function getRoomPageData(roomId: string) {
  const synapse = await getServiceSynapse();
  const room = await synapse.rooms.get(roomId);
  const [members, state, block, forwardExtremities, service] = await Promise.all([
    synapse.rooms.members(roomId),
    synapse.rooms.state(roomId),
    synapse.rooms.blockStatus(roomId),
    synapse.rooms.forwardExtremities(roomId),
    synapse.session.whoAmI(),
  ]);
  return {
    room,
    members,
    state,
    blocked: block.block,
    forwardExtremities,
    serviceUserId: service.user_id,
  };
}
