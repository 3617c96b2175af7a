import { hash } from "node:crypto";
import canonicalize from "canonicalize";

/**
 * The audit log's hash chain. The app hashes each row's content; the database's insert trigger
 * (migration audit_chain) links it: hash = SHA-256(prev_hash || content_hash), prev_hash being the
 * hash of the row before it in one chain of entries and outcomes. Anyone holding the rows can
 * recompute both, so a row changed, removed or slipped in behind the app's back breaks the chain.
 */

/** prev_hash of the first link. */
export const GENESIS_HASH = Buffer.alloc(32);

/** When a row was written: a Date, or its ISO 8601 text in UTC with milliseconds. */
type WrittenAt = Date | string;

export type EntryContent = {
  kind: "entry";
  requestId: string;
  at: WrittenAt;
  actorId: string;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  input: unknown;
  processId: string | null;
  jobRunId: string | null;
};

export type OutcomeContent = {
  kind: "outcome";
  entryId: string;
  at: WrittenAt;
  outcome: string;
  errorCode: string | null;
  errorMessage: string | null;
  result: unknown;
  changes: unknown;
};

/**
 * A JSON value as the database will keep it (and give back): what JSON.stringify makes of it,
 * so dates become strings and undefined fields disappear before anything is hashed.
 */
export function asStoredJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The content's keys in RFC 8785 order (sorted by UTF-16 code units), fixed by the types above. */
const ENTRY_KEYS = [
  "action",
  "actorId",
  "actorRole",
  "at",
  "input",
  "jobRunId",
  "kind",
  "processId",
  "requestId",
  "targetId",
  "targetType",
] as const;
const OUTCOME_KEYS = [
  "at",
  "changes",
  "entryId",
  "errorCode",
  "errorMessage",
  "kind",
  "outcome",
  "result",
] as const;

/**
 * RFC 8785 canonical JSON of a row's content: the same bytes whoever computes them (the same as
 * canonicalize of the whole object; a unit test holds them together). The top level has fixed
 * keys, so it is written in their order and only the values go through canonicalize: over a
 * million rows the verifier spends a third less time. `at` may come as the ISO text the database
 * gives (to_char, see verify-chain.ts). The JSON fields (input, result, changes) must already be
 * as stored (asStoredJson): writers normalise them once, and what the database gives back is.
 */
export function canonicalContent(content: EntryContent | OutcomeContent): string {
  const fields = content as unknown as Record<string, unknown>;
  const keys = content.kind === "entry" ? ENTRY_KEYS : OUTCOME_KEYS;
  let text = "";
  for (const key of keys) {
    const raw = key === "at" ? content.at : fields[key];
    if (raw === undefined) continue;
    const value = raw instanceof Date ? raw.toISOString() : raw;
    text += `${text ? "," : ""}"${key}":${canonicalize(value)}`;
  }
  return `{${text}}`;
}

export function contentHash(content: EntryContent | OutcomeContent): Buffer {
  return hash("sha256", canonicalContent(content), "buffer");
}

/** What the trigger computes, so a verifier can redo it. */
export function linkHash(prevHash: Uint8Array, ownContentHash: Uint8Array): Buffer {
  return hash("sha256", Buffer.concat([prevHash, ownContentHash]), "buffer");
}
