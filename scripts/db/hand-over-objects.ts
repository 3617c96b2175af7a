import type pg from "pg";

/** Relation kinds that have an owner of their own (indexes and TOAST follow their table). */
const OWNED_RELATION_KINDS = ["r", "p", "v", "m", "f", "S"];

/**
 * Makes `role` the owner of a schema and of every table, view, sequence, function and type in it.
 * The caller must own them (or be a superuser) and be able to SET ROLE to `role`. Idempotent:
 * objects `role` owns already are left alone.
 */
export async function handOverSchema(client: pg.Client, schema: string, role: string) {
  const target = client.escapeIdentifier(role);
  const { rows: schemas } = await client.query<{ owned: boolean }>(
    "SELECT nspowner = $2::regrole AS owned FROM pg_namespace WHERE nspname = $1",
    [schema, role],
  );
  if (schemas.length === 0) return;
  if (schema !== "public" && !schemas[0]?.owned)
    await client.query(`ALTER SCHEMA ${client.escapeIdentifier(schema)} OWNER TO ${target}`);

  // Tables first: a table takes the sequences of its serial columns along.
  const { rows: relations } = await client.query<{ name: string; kind: string }>(
    `SELECT c.oid::regclass::text AS name, c.relkind AS kind
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = ANY($3) AND c.relowner <> $2::regrole
      ORDER BY c.relkind = 'S', c.relname`,
    [schema, role, OWNED_RELATION_KINDS],
  );
  for (const { name, kind } of relations) {
    if (kind === "S" && (await isColumnSequence(client, name, role))) continue;
    const noun = { v: "VIEW", m: "MATERIALIZED VIEW", f: "FOREIGN TABLE", S: "SEQUENCE" }[kind];
    await client.query(`ALTER ${noun ?? "TABLE"} ${name} OWNER TO ${target}`);
  }

  const { rows: routines } = await client.query<{ name: string }>(
    `SELECT p.oid::regprocedure::text AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND p.prokind IN ('f', 'p') AND p.proowner <> $2::regrole`,
    [schema, role],
  );
  for (const { name } of routines) await client.query(`ALTER ROUTINE ${name} OWNER TO ${target}`);

  const { rows: types } = await client.query<{ name: string; kind: string }>(
    `SELECT t.oid::regtype::text AS name, t.typtype AS kind FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 AND t.typtype IN ('e', 'r', 'd') AND t.typowner <> $2::regrole`,
    [schema, role],
  );
  for (const { name, kind } of types) {
    await client.query(`ALTER ${kind === "d" ? "DOMAIN" : "TYPE"} ${name} OWNER TO ${target}`);
  }
}

/** A serial column's sequence moved with its table; changing it alone is an error. */
async function isColumnSequence(client: pg.Client, sequence: string, role: string) {
  const { rows } = await client.query<{ owned: boolean }>(
    `SELECT c.relowner = $2::regrole AS owned FROM pg_class c WHERE c.oid = $1::regclass`,
    [sequence, role],
  );
  if (rows[0]?.owned) return true;
  const { rowCount } = await client.query(
    "SELECT 1 FROM pg_depend WHERE objid = $1::regclass AND deptype IN ('a', 'i')",
    [sequence],
  );
  return (rowCount ?? 0) > 0;
}
