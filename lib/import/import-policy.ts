import "server-only";
import { applyEdits, modify } from "jsonc-parser";
import { saveCheckedPolicy } from "@/lib/actions/save-checked-policy";
import type { Actor } from "@/lib/audit/run-audited";
import { db } from "@/lib/db";
import type { PolicyDocument, PolicyUser } from "@/lib/policy/document/schema";
import { latestVersion } from "@/lib/policy/versions";
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

/** The row's rooms the policy manages, as joinedRooms entries. */
function managedJoins(row: ImportRow, managed: ReadonlySet<string>) {
  return row.rooms.filter((room) => managed.has(room)).map((roomId) => ({ roomId }));
}

/**
 * The policy's users after the import: each account the dry run creates is added (active, with
 * the row's fields and the managed rooms it names); each user already in the policy whose row
 * creates or updates gets the row's fields and managed rooms. An existing account that is not in
 * the policy stays out of it: adding it would make the policy take it out of every managed room
 * the file does not name.
 */
export function usersAfterImport(document: PolicyDocument, rows: ImportRow[], verdicts: Verdicts) {
  const users = [...(document.users ?? [])];
  const indexOf = new Map(users.map((user, index) => [user.id, index]));
  const managed = new Set((document.managedRoomIds ?? []).map(String));
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
  const { users, added, changed } = usersAfterImport(
    document,
    importRowsOf(stored),
    await dryRunVerdicts(stored.dryRunId),
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
