import type { PolicyJoinedRoom } from "./schema";

type Report = (path: (string | number)[], message: string) => void;

/**
 * The rule a user's and a group's joinedRooms both follow: each room once, and only managed rooms.
 * `owner` ends the "listed twice" sentence ("for @bob:x", 'in "staff"'); `removeHint` says where to
 * remove a room that is not managed. Returns the rooms seen.
 */
export function checkJoinedRooms(
  rooms: readonly PolicyJoinedRoom[],
  path: (string | number)[],
  words: { owner: string; removeHint: string },
  managed: ReadonlySet<string>,
  error: Report,
): Set<string> {
  const seen = new Set<string>();
  rooms.forEach(({ roomId }, roomIndex) => {
    const at = [...path, roomIndex, "roomId"];
    if (seen.has(roomId)) return error(at, `${roomId} is listed twice ${words.owner}`);
    seen.add(roomId);
    if (!managed.has(roomId)) {
      error(at, `${roomId} is not in managedRoomIds: add it there, or ${words.removeHint}`);
    }
  });
  return seen;
}
