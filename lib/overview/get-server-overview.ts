import "server-only";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";

export type ServerOverview = {
  baseUrl: string;
  serverName: string;
  serverVersion: string;
  totalUsers: number;
  totalRooms: number;
  serviceUserId: string;
  connectionSource: "environment" | "setup";
};

/** Live figures from Synapse: one small page of each list is enough, since both carry totals. */
export async function getServerOverview(): Promise<ServerOverview> {
  const homeserver = await getHomeserverOrThrow();
  const synapse = await getServiceSynapse();
  const [version, users, rooms, me] = await Promise.all([
    synapse.server.version(),
    synapse.users.list({ limit: 1 }),
    synapse.rooms.list({ limit: 1 }),
    synapse.session.whoAmI(),
  ]);
  return {
    baseUrl: homeserver.baseUrl,
    serverName: homeserver.serverName,
    serverVersion: version.server_version,
    totalUsers: users.total,
    totalRooms: rooms.total_rooms,
    serviceUserId: me.user_id,
    connectionSource: homeserver.source,
  };
}
