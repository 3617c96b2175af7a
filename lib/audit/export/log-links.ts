import type pg from "pg";

/** A link of an export, to look up in the audit log. */
export type ExportLink = { kind: "entry" | "outcome"; seq: string };

/** What the log holds at a link: its entry's ID and its chain hash. */
export type LogLink = { entryId: string; hash: Buffer };

export type FindLogLinks = (links: ExportLink[]) => Promise<Map<string, LogLink>>;

export const linkKey = (link: ExportLink) => `${link.kind}:${link.seq}`;

const LOG_LINKS = `
  SELECT 'entry' AS kind, chain_seq::text AS seq, id::text AS entry_id, hash
  FROM audit_entry WHERE chain_seq = ANY($1::bigint[])
  UNION ALL
  SELECT 'outcome' AS kind, chain_seq::text AS seq, entry_id::text AS entry_id, hash
  FROM audit_outcome WHERE chain_seq = ANY($2::bigint[])`;

/** Looks links up in the audit log by their link numbers (the unique chain_seq indexes). */
export function logLinksOf(client: pg.ClientBase): FindLogLinks {
  return async (links) => {
    const seqs = (kind: ExportLink["kind"]) =>
      links.filter((link) => link.kind === kind).map((link) => link.seq);
    const result = await client.query<{
      kind: ExportLink["kind"];
      seq: string;
      entry_id: string;
      hash: Buffer | null;
    }>(LOG_LINKS, [seqs("entry"), seqs("outcome")]);
    return new Map(
      result.rows.map((row) => [
        linkKey(row),
        { entryId: row.entry_id, hash: row.hash ?? Buffer.alloc(0) },
      ]),
    );
  };
}
