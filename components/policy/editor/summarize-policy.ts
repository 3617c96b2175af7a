import type { PolicyDocument } from "@/lib/policy/document/schema";

export type ManagedUserRow = {
  id: string;
  active: boolean;
  displayName: string | null;
  /** "!abc:example.org (50)": each managed room the user is in, with their power there. */
  rooms: string[];
  /** The groups the user lists, as written. */
  groups: string[];
};

/** A declared group and how many of the policy's users list it. */
export type GroupSummary = { name: string; members: number };

export type PolicySummary = {
  users: number;
  activeUsers: number;
  managedRooms: number;
  declaredRooms: number;
  groups: GroupSummary[];
  /** The flags the document sets, as written. */
  flags: { name: string; value: unknown }[];
  rows: ManagedUserRow[];
};

/** What a valid policy declares, for the summary beside the editor. */
export function summarizePolicy(policy: PolicyDocument): PolicySummary {
  const users = policy.users ?? [];
  const rows = users.map((user) => ({
    id: user.id,
    active: user.active,
    displayName: user.displayName ?? null,
    rooms: (user.joinedRooms ?? []).map((room) =>
      room.powerLevel ? `${room.roomId} (${room.powerLevel})` : room.roomId,
    ),
    groups: user.groups ?? [],
  }));
  const members = new Map<string, number>();
  for (const name of users.flatMap((user) => [...new Set(user.groups ?? [])])) {
    members.set(name, (members.get(name) ?? 0) + 1);
  }
  return {
    users: users.length,
    activeUsers: users.filter((user) => user.active).length,
    managedRooms: policy.managedRoomIds?.length ?? 0,
    declaredRooms: policy.rooms?.length ?? 0,
    groups: (policy.groups ?? []).map(({ name }) => ({ name, members: members.get(name) ?? 0 })),
    flags: Object.entries(policy.flags ?? {}).map(([name, value]) => ({ name, value })),
    rows,
  };
}

/** The rows whose ID, name, rooms or groups contain the filter text, ignoring case. */
export function filterUserRows(rows: ManagedUserRow[], filter: string): ManagedUserRow[] {
  const needle = filter.trim().toLowerCase();
  if (!needle) return rows;
  return rows.filter((row) =>
    [row.id, row.displayName ?? "", ...row.rooms, ...row.groups].some((text) =>
      text.toLowerCase().includes(needle),
    ),
  );
}
