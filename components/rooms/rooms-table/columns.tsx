import type { ReactNode } from "react";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import type { SynapseRoomListEntry } from "@/lib/synapse/rooms";

export type RoomColumn = {
  key: RoomListSearch["sort"];
  label: string;
  cell: (room: SynapseRoomListEntry) => ReactNode;
  /** Shown in a room's compact block below md; the rest waits on the room's own page. */
  onPhone: boolean;
};

const yesNo = (value: boolean) => (value ? "yes" : "no");

export const ROOM_COLUMNS: RoomColumn[] = [
  { key: "joined_members", label: "Members", cell: (room) => room.joined_members, onPhone: true },
  {
    key: "joined_local_members",
    label: "Local",
    cell: (room) => room.joined_local_members,
    onPhone: true,
  },
  { key: "state_events", label: "State events", cell: (room) => room.state_events, onPhone: false },
  { key: "version", label: "Version", cell: (room) => room.version ?? "–", onPhone: false },
  { key: "creator", label: "Creator", cell: (room) => room.creator ?? "–", onPhone: false },
  {
    key: "encryption",
    label: "Encryption",
    cell: (room) => room.encryption ?? "none",
    onPhone: true,
  },
  { key: "join_rules", label: "Join rule", cell: (room) => room.join_rules ?? "–", onPhone: true },
  { key: "public", label: "Public", cell: (room) => yesNo(room.public), onPhone: true },
];
