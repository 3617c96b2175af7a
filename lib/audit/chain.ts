import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/**
 * The audit log's hash chain. The app hashes each row's content; the database's insert trigger
 * (migration audit_chain) links it: hash = SHA-256(prev_hash || content_hash), prev_hash being the
 * hash of the row before it in one chain of entries and outcomes. Anyone holding the rows can
 * recompute both, so a row changed, removed or slipped in behind the app's back breaks the chain.
 */

/** prev_hash of the first link. */
export const GENESIS_HASH = Buffer.alloc(32);

export type EntryContent = {
  kind: "entry";
  requestId: string;
  at: Date;
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
  at: Date;
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

/** RFC 8785 canonical JSON of a row's content: the same bytes whoever computes them. */
export function canonicalContent(content: EntryContent | OutcomeContent): string {
  const plain = { ...content, at: content.at.toISOString() };
  const text = canonicalize(asStoredJson(plain));
  if (text === undefined) throw new Error("audit content has no JSON form");
  return text;
}

export function contentHash(content: EntryContent | OutcomeContent): Buffer {
  return createHash("sha256").update(canonicalContent(content), "utf8").digest();
}

/** What the trigger computes, so a verifier can redo it. */
export function linkHash(prevHash: Uint8Array, ownContentHash: Uint8Array): Buffer {
  return createHash("sha256").update(prevHash).update(ownContentHash).digest();
}
