import { newUserLocalpartSchema } from "@/lib/schemas/matrix-id";
import { isSynapseError, type SynapseClient, type SynapseUser } from "@/lib/synapse";
import type { ImportRow } from "./import-rows";

/** What the import does with a row: the dry run's verdict. */
export const ROW_VERDICTS = ["create", "update", "unchanged", "conflict", "invalid"] as const;
export type RowVerdict = (typeof ROW_VERDICTS)[number];

/** What to do with a row whose account exists and differs from the file. */
export const CONFLICT_MODES = ["stop", "skip", "update"] as const;
export type ConflictMode = (typeof CONFLICT_MODES)[number];

export type AccountFields = {
  displayname?: string;
  admin?: boolean;
  user_type?: string | null;
  threepids?: Array<{ medium: string; address: string }>;
};

/** A row's verdict, why, and what the import would change. */
export type RowPlan = {
  verdict: RowVerdict;
  /** For people: "display name “Ann” → “Ann Lee”; joins #staff". */
  reason: string;
  /** The account fields to write (all of them for a new account); empty when none. */
  fields: AccountFields;
  /** Room IDs the user is to join and is not in yet. */
  joins: string[];
  /** The account's fields before the change, for the audit's from → to. */
  before: Record<string, unknown>;
};

/** Each room of the file, resolved once per run: its room ID, or null when it does not exist. */
export type RoomLookup = (room: string) => Promise<string | null>;

const quoted = (value: unknown) =>
  value === null || value === undefined ? "none" : `“${String(value)}”`;

/** The fields of the file that differ from the live account, with the sentence for each. */
function differences(row: ImportRow, user: SynapseUser) {
  const fields: AccountFields = {};
  const said: string[] = [];
  const before: Record<string, unknown> = {};
  if (row.displayName !== undefined && row.displayName !== (user.displayname ?? "")) {
    fields.displayname = row.displayName;
    before.displayname = user.displayname;
    said.push(`display name ${quoted(user.displayname)} → ${quoted(row.displayName)}`);
  }
  if (row.admin !== undefined && row.admin !== user.admin) {
    fields.admin = row.admin;
    before.admin = user.admin;
    said.push(row.admin ? "becomes a server admin" : "is no longer a server admin");
  }
  if (row.userType !== undefined && row.userType !== (user.user_type ?? null)) {
    fields.user_type = row.userType;
    before.user_type = user.user_type ?? null;
    said.push(
      `user type ${quoted(user.user_type ?? "regular")} → ${quoted(row.userType ?? "regular")}`,
    );
  }
  const threepids = user.threepids.map(({ medium, address }) => ({ medium, address }));
  if (row.email && !threepids.some((t) => t.medium === "email" && t.address === row.email)) {
    fields.threepids = [...threepids, { medium: "email", address: row.email }];
    before.threepids = threepids;
    said.push(`adds the email ${row.email}`);
  }
  return { fields, said, before };
}

async function readAccount(synapse: SynapseClient, userId: string): Promise<SynapseUser | null> {
  try {
    return await synapse.users.get(userId);
  } catch (error) {
    if (isSynapseError(error, "not_found")) return null;
    throw error;
  }
}

/** The row's rooms as room IDs; throws the sentence when one does not exist. */
async function resolveRooms(row: ImportRow, lookUp: RoomLookup): Promise<string[]> {
  const ids: string[] = [];
  for (const room of row.rooms) {
    const id = await lookUp(room);
    if (!id) throw new Error(`the room ${room} does not exist`);
    ids.push(id);
  }
  return ids;
}

const invalid = (reason: string): RowPlan => ({
  verdict: "invalid",
  reason,
  fields: {},
  joins: [],
  before: {},
});

/**
 * What importing the row would do to the server as it is now: create the account, update it,
 * leave it (unchanged), or stop at a conflict (the account exists and differs, or is
 * deactivated), which the conflict mode settles. Missing room memberships alone are an update:
 * joining adds and never takes anything away. Reads only.
 */
export async function classifyImportRow(
  synapse: SynapseClient,
  row: ImportRow,
  options: { mode: ConflictMode; lookUpRoom: RoomLookup; mayMakeAdmins: boolean },
): Promise<RowPlan> {
  let rooms: string[];
  try {
    rooms = await resolveRooms(row, options.lookUpRoom);
  } catch (error) {
    return invalid((error as Error).message);
  }
  if (row.admin && !options.mayMakeAdmins) {
    return invalid("only console admins may make server admins");
  }
  const user = await readAccount(synapse, row.userId);
  if (!user) return planCreation(synapse, row, rooms);
  if (user.deactivated) {
    return {
      ...invalid("the account is deactivated; reactivate it on its page first"),
      verdict: "conflict",
    };
  }
  const joined =
    rooms.length > 0 ? new Set(await synapse.users.joinedRooms(row.userId)) : new Set();
  const joins = rooms.filter((room) => !joined.has(room));
  const { fields, said, before } = differences(row, user);
  const joinWords =
    joins.length > 0 ? [`joins ${joins.length} room${joins.length === 1 ? "" : "s"}`] : [];
  const kept = row.passwordGiven ? ["the password of an existing account is left as it is"] : [];
  if (said.length === 0 && joins.length === 0) {
    return {
      verdict: "unchanged",
      reason: ["already as the file says", ...kept].join("; "),
      fields,
      joins,
      before,
    };
  }
  if (said.length === 0) {
    return { verdict: "update", reason: [...joinWords, ...kept].join("; "), fields, joins, before };
  }
  const reason = [...said, ...joinWords, ...kept].join("; ");
  return {
    verdict: options.mode === "update" ? "update" : "conflict",
    reason,
    fields,
    joins,
    before,
  };
}

async function planCreation(
  synapse: SynapseClient,
  row: ImportRow,
  rooms: string[],
): Promise<RowPlan> {
  const localpart = row.userId.slice(1, row.userId.indexOf(":"));
  const grammar = newUserLocalpartSchema.safeParse(localpart);
  if (!grammar.success) {
    return invalid(
      `a new account's localpart ${grammar.error.issues[0]?.message ?? "is not valid"}`,
    );
  }
  if (row.email) {
    const owner = await synapse.users.findByThreepid("email", row.email);
    if (owner) return invalid(`the email ${row.email} belongs to ${owner}`);
  }
  const fields: AccountFields = {
    ...(row.displayName ? { displayname: row.displayName } : {}),
    admin: row.admin ?? false,
    user_type: row.userType ?? null,
    ...(row.email ? { threepids: [{ medium: "email", address: row.email }] } : {}),
  };
  const words = [
    row.passwordGiven ? "with the file's password" : "with a generated password",
    ...(rooms.length > 0 ? [`joins ${rooms.length} room${rooms.length === 1 ? "" : "s"}`] : []),
  ];
  return { verdict: "create", reason: words.join("; "), fields, joins: rooms, before: {} };
}
