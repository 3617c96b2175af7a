import type { ReactNode } from "react";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import type { SynapseRoomListEntry } from "@/lib/synapse/rooms";

export type RoomColumn = {
  key: RoomListSearch["sort"];
  label: string;
  cell: (room: SynapseRoomListEntry) => ReactNode;
};

const yesNo = (value: boolean) => (value ? "yes" : "no");

export const ROOM_COLUMNS: RoomColumn[] = [
  { key: "joined_members", label: "Members", cell: (room) => room.joined_members },
  { key: "joined_local_members", label: "Local", cell: (room) => room.joined_local_members },
  { key: "state_events", label: "State events", cell: (room) => room.state_events },
  { key: "version", label: "Version", cell: (room) => room.version ?? "–" },
  { key: "creator", label: "Creator", cell: (room) => room.creator ?? "–" },
  { key: "encryption", label: "Encryption", cell: (room) => room.encryption ?? "none" },
  { key: "join_rules", label: "Join rule", cell: (room) => room.join_rules ?? "–" },
  { key: "public", label: "Public", cell: (room) => yesNo(room.public) },
];
