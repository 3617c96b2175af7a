import type { PolicyDocument, PolicyRoomDeclaration } from "@/lib/policy/document/schema";
import { roomDeclarationSchema } from "@/lib/policy/document/room-declaration-schema";
import type { PolicyAction, RoomCreatePayload } from "./actions";
import type { RoomIndex } from "./room-index";

/**
 * room.create for each declared room the server does not have: spaces first, each after its own
 * parent, then rooms, so every parent exists by the time its children are made.
 */
export function planRoomCreations(policy: PolicyDocument, rooms: RoomIndex): PolicyAction[] {
  const declarations = policy.rooms ?? [];
  const byAlias = new Map(declarations.map((room) => [room.alias, room]));
  const depth = (room: PolicyRoomDeclaration): number => {
    let levels = 0;
    // Bounded by the number of rooms, so a parent loop (refused by the parser) cannot hang here.
    for (let parent = room.parent; parent && levels <= byAlias.size; levels++) {
      parent = byAlias.get(parent)?.parent;
    }
    return levels;
  };
  return declarations
    .filter((room) => !rooms.existingAliases.has(room.alias))
    .map((room) => ({ room, rank: room.isSpace ? depth(room) : byAlias.size + 1 }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ room }) => ({ type: "room.create", payload: creationPayload(room) }));
}

/** The declaration's own fields only: anything else written beside them stays in the document. */
function creationPayload(room: PolicyRoomDeclaration): RoomCreatePayload {
  const own = Object.keys(roomDeclarationSchema.shape).filter((key) => room[key] !== undefined);
  return Object.fromEntries(own.map((key) => [key, room[key]])) as RoomCreatePayload;
}
