// What the list benchmark measures: each console list page, and the Synapse admin API request that
// page makes, recorded from the console's own client code (recorded-requests.ts) so the baseline is
// the very same call.
import { z } from "zod";
import { parseRoomListSearch, toListRoomsParams } from "../../lib/schemas/room-list";
import { parseUserListSearch, toListUsersParams } from "../../lib/schemas/user-list";
import type { SynapseClient } from "../../lib/synapse";

export type ListCase = {
  page: string;
  /** The console page, with its URL state. */
  consolePath: string;
  /** The console's client call behind that page, with the parameters the page derives from the URL. */
  call: (synapse: SynapseClient) => Promise<unknown>;
  /** What the page must show of Synapse's answer: the text of each row's ID cell. */
  shown: (answer: unknown) => string[];
};

const usersAnswer = z.object({ users: z.array(z.object({ name: z.string() })) });
const roomsAnswer = z.object({ rooms: z.array(z.object({ room_id: z.string() })) });

function usersCase(page: string, query: Record<string, string>): ListCase {
  const params = toListUsersParams(parseUserListSearch(query));
  return {
    page,
    consolePath: `/users${toSearch(query)}`,
    call: (synapse) => synapse.users.list(params),
    shown: (answer) => usersAnswer.parse(answer).users.map((user) => user.name),
  };
}

function roomsCase(page: string, query: Record<string, string>): ListCase {
  const params = toListRoomsParams(parseRoomListSearch(query));
  return {
    page,
    consolePath: `/rooms${toSearch(query)}`,
    call: (synapse) => synapse.rooms.list(params),
    shown: (answer) => roomsAnswer.parse(answer).rooms.map((room) => room.room_id),
  };
}

function toSearch(query: Record<string, string>) {
  const text = new URLSearchParams(query).toString();
  return text ? `?${text}` : "";
}

// The searches match ten bench users (bench-user-00040…49) and ten bench rooms (bench room 00040…49).
export const LIST_CASES: ListCase[] = [
  usersCase("users first page", {}),
  usersCase("users from=5000", { from: "5000" }),
  usersCase("users search", { q: "bench-user-0004" }),
  usersCase("users name desc", { sort: "name", dir: "desc" }),
  roomsCase("rooms first page", {}),
  roomsCase("rooms page 11", { page: "11" }),
  roomsCase("rooms search", { q: "bench room 0004" }),
  roomsCase("rooms name desc", { sort: "name", dir: "desc" }),
];
