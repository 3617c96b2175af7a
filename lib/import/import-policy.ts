import "server-only";
import { applyEdits, modify } from "jsonc-parser";
import { saveCheckedPolicy } from "@/lib/actions/save-checked-policy";
import type { Actor } from "@/lib/audit/run-audited";
import { db } from "@/lib/db";
import type { PolicyDocument, PolicyUser } from "@/lib/policy/document/schema";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { latestVersion } from "@/lib/policy/versions";
import { roomLookup } from "./room-lookup";
import type { ImportRow } from "./import-rows";
import { importRowsOf, lineKey } from "./stored-import";

type Verdicts = ReadonlyMap<string, string>;

/** The dry run's verdict of each row, by its item key. */
async function dryRunVerdicts(dryRunId: string): Promise<Verdicts> {
  const items = await db.jobRunItem.findMany({
    where: { runId: dryRunId },
    select: { key: true, detail: true },
  });
  return new Map(
    items.map((item) => [item.key, (item.detail as { verdict?: string } | null)?.verdict ?? ""]),
  );
}

/** What the row sets on a policy user: only the fields the file gives. */
function fieldsOf(row: ImportRow): Partial<PolicyUser> {
  return {
    ...(row.displayName !== undefined ? { displayName: row.displayName } : {}),
    ...(row.admin !== undefined ? { admin: row.admin } : {}),
    ...(row.userType !== undefined ? { userType: row.userType } : {}),
  };
}

/**
 * Each room the file names that the policy manages, to the policy's own spelling of it (an alias
 * or a room ID, whichever the policy uses, matched through the room ID both point at).
 */
export type ManagedRooms = ReadonlyMap<string, string>;

/** The row's rooms the policy manages, as joinedRooms entries in the policy's spelling. */
function managedJoins(row: ImportRow, managed: ManagedRooms) {
  return row.rooms.flatMap((room) => {
    const spelling = managed.get(room);
    return spelling ? [{ roomId: spelling }] : [];
  });
}

/** Which of the file's rooms the policy manages, resolved through Synapse once each. */
async function managedRoomsOf(document: PolicyDocument, rows: ImportRow[]): Promise<ManagedRooms> {
  const lookUp = roomLookup(await getServiceSynapse());
  const byId = new Map<string, string>();
  for (const entry of (document.managedRoomIds ?? []).map(String)) {
    const id = await lookUp(entry);
    if (id && !byId.has(id)) byId.set(id, entry);
  }
  const managed = new Map<string, string>();
  for (const room of new Set(rows.flatMap((row) => row.rooms))) {
    const id = await lookUp(room);
    const spelling = id ? byId.get(id) : undefined;
    if (spelling) managed.set(room, spelling);
  }
  return managed;
}

/**
 * The policy's users after the import: each account the dry run creates is added (active, with
 * the row's fields and the managed rooms it names); each user already in the policy whose row
 * creates or updates gets the row's fields and managed rooms (and is active, when the import
 * creates its account). An existing account that is not in the policy stays out of it: adding it
 * would make the policy take it out of every managed room the file does not name.
 */
export function usersAfterImport(
  document: PolicyDocument,
  rows: ImportRow[],
  verdicts: Verdicts,
  managed: ManagedRooms,
) {
  const users = [...(document.users ?? [])];
  const indexOf = new Map(users.map((user, index) => [user.id, index]));
  let added = 0;
  let changed = 0;
  for (const row of rows) {
    const verdict = verdicts.get(lineKey(row.line));
    if (verdict !== "create" && verdict !== "update") continue;
    const joins = managedJoins(row, managed);
    const index = indexOf.get(row.userId);
    if (index === undefined) {
      if (verdict !== "create") continue;
      users.push({
        id: row.userId,
        active: true,
        ...fieldsOf(row),
        ...(joins.length ? { joinedRooms: joins } : {}),
      });
      indexOf.set(row.userId, users.length - 1);
      added += 1;
      continue;
    }
    const before = users[index]!;
    const known = new Set((before.joinedRooms ?? []).map((joined) => joined.roomId));
    const newJoins = joins.filter((join) => !known.has(join.roomId));
    const after = {
      ...before,
      // A policy user the import creates the account of is active from now on.
      ...(verdict === "create" ? { active: true } : {}),
      ...fieldsOf(row),
      ...(newJoins.length ? { joinedRooms: [...(before.joinedRooms ?? []), ...newJoins] } : {}),
    };
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      users[index] = after;
      changed += 1;
    }
  }
  return { users, added, changed };
}

/**
 * Writes what a confirmed import changes into the policy, as a new version authored by whoever
 * confirmed it, so the policy stays the one source of truth and a reconcile keeps the import.
 * Nothing when the console has no policy, or when no policy user changes.
 */
export async function importIntoPolicy(
  importId: string,
  actor: Actor,
  requestId: string,
): Promise<{ number: number; added: number; changed: number } | null> {
  const latest = await latestVersion();
  if (!latest) return null;
  const stored = await db.userImport.findUniqueOrThrow({ where: { id: importId } });
  if (!stored.dryRunId) return null;
  const document = JSON.parse(latest.content) as PolicyDocument;
  const rows = importRowsOf(stored);
  const { users, added, changed } = usersAfterImport(
    document,
    rows,
    await dryRunVerdicts(stored.dryRunId),
    await managedRoomsOf(document, rows),
  );
  if (added + changed === 0) return null;
  const content = applyEdits(
    latest.content,
    modify(latest.content, ["users"], users, {
      formattingOptions: { insertSpaces: true, tabSize: 2 },
    }),
  );
  const saved = await saveCheckedPolicy({
    content,
    message: `Import of ${stored.fileName}: ${added} users added, ${changed} changed`,
    origin: "user_import",
    actor,
    requestId,
    action: "policy.save",
  });
  return { number: saved.number, added, changed };
}
