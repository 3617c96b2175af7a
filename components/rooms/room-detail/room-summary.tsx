import type { ReactNode } from "react";
import { UserIdLink } from "@/components/users/user-id-link";
import type { SynapseRoomDetails } from "@/lib/synapse/room-details";
import { FACT_LIST_CLASS } from "@/components/ui/fact-list";

type Extra = { blocked: boolean; forwardExtremities: { count: number }; aliases: string[] };

function AliasList({ aliases }: { aliases: string[] }) {
  if (aliases.length === 0) return "none";
  return (
    <ul aria-label="Local aliases">
      {aliases.map((alias) => (
        <li key={alias}>{alias}</li>
      ))}
    </ul>
  );
}

type Props = {
  room: SynapseRoomDetails;
  extra: Extra;
  /** This homeserver's name: its users' IDs link to their pages. */
  localServer?: string;
};

export function RoomSummary({ room, extra, localServer }: Props) {
  const rows: [string, ReactNode][] = [
    ["Room ID", room.room_id],
    ["Canonical alias", room.canonical_alias ?? "–"],
    ["Local aliases", <AliasList key="aliases" aliases={extra.aliases} />],
    ["Name", room.name ?? "–"],
    ["Topic", room.topic ?? "–"],
    ["Type", room.room_type === "m.space" ? "Space" : (room.room_type ?? "room")],
    [
      "Creator",
      room.creator ? <UserIdLink userId={room.creator} localServer={localServer} /> : "–",
    ],
    ["Version", room.version ?? "–"],
    ["Encryption", room.encryption ?? "none"],
    ["Join rule", room.join_rules ?? "–"],
    ["History visibility", room.history_visibility ?? "–"],
    ["Federates", room.federatable ? "yes" : "no"],
    ["Public", room.public ? "yes" : "no"],
    ["Blocked", extra.blocked ? "yes" : "no"],
    ["Forward extremities", String(extra.forwardExtremities.count)],
  ];
  return (
    <dl className={FACT_LIST_CLASS}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
