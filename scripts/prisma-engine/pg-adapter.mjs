import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

const TEXT_OID = 25;
const CHAR_OID = 18;

// The engine reads pg_catalog columns of type "char" (OID 18, e.g. pg_constraint.contype) and insists
// on getting them as characters, but adapter-pg rejects OID 18 as an unsupported column type.
// So the pg client relabels those columns as text (which adapter-pg accepts) and remembers where
// they were, keyed by the rows array that adapter-pg hands back unchanged; the queryRaw wrapper
// then reports them to the engine as Character columns.
const charColumnsByRows = new WeakMap();

/** Relabels "char" columns of a pg result as text and records their positions. */
function relabelCharColumns(result) {
  for (const each of Array.isArray(result) ? result : [result]) {
    const positions = [];
    (each?.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      positions.push(index);
    });
    if (positions.length > 0 && Array.isArray(each.rows))
      charColumnsByRows.set(each.rows, positions);
  }
  return result;
}

/** Restores the Character column type on a driver-adapter result set built from a relabelled pg result. */
function restoreCharColumns(resultSet) {
  for (const index of charColumnsByRows.get(resultSet?.rows) ?? []) {
    resultSet.columnTypes[index] = ColumnTypeEnum.Character;
  }
  return resultSet;
}

/** A pg client that applies relabelCharColumns to every result, pooled or in a transaction. */
class CharAsTextClient extends pg.Client {
  query(config, values, callback) {
    if (typeof config?.submit === "function") return super.query(config, values, callback);
    if (typeof values === "function") {
      return super.query(config, (error, result) =>
        values(error, error ? result : relabelCharColumns(result)),
      );
    }
    if (typeof callback === "function") {
      return super.query(config, values, (error, result) =>
        callback(error, error ? result : relabelCharColumns(result)),
      );
    }
    return super.query(config, values).then(relabelCharColumns);
  }
}

function restoreCharColumnsOn(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => restoreCharColumns(await queryRaw(query));
  return queryable;
}

/** The same connection string pointing at another database (keeps user, host, port and options). */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function schemaOf(url) {
  return new URL(url).searchParams.get("schema") ?? undefined;
}

/**
 * Runs a whole script as one simple-protocol query, as the native engine does: PostgreSQL then
 * applies it in one implicit transaction. adapter-pg's own executeScript splits the text on ";",
 * which breaks function bodies (`$$ … ; … $$`) and applies a failing migration halfway.
 */
function executeWholeScript(adapter, pool) {
  return async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      // adapter-pg's converter turns pg errors into the driver-adapter errors the engine understands.
      if (typeof adapter.onError === "function") adapter.onError(error);
      throw error;
    }
  };
}

async function connectTo(url) {
  const pool = new pg.Pool({ connectionString: url, Client: CharAsTextClient });
  const adapter = await new PrismaPg(pool, {
    schema: schemaOf(url),
    disposeExternalPool: true,
  }).connect();
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) =>
    restoreCharColumnsOn(await startTransaction(...args));
  adapter.executeScript = executeWholeScript(adapter, pool);
  return restoreCharColumnsOn(adapter);
}

async function runOnce(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A migration-aware driver adapter factory for the wasm schema engine.
 * Shadow databases are created next to the main one and dropped after their pool has closed
 * (adapter-pg's own version drops first, which PostgreSQL refuses while connections are open).
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  const requireUrl = () => {
    if (!url) throw new Error("No database URL was given to the schema engine: set DATABASE_URL.");
    return url;
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => connectTo(requireUrl()),
    connectToShadowDb: async () => {
      // The native engine wipes a configured shadow database before use; the wasm engine does not,
      // and wiping someone's database quietly is not ours to do. Say so instead of half-working.
      if (shadowDatabaseUrl) {
        throw new Error(
          "datasource.shadowDatabaseUrl is not supported by the wasm schema engine bridge: remove it; a temporary shadow database is created next to the main one (the role needs CREATEDB).",
        );
      }
      const mainUrl = requireUrl();
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await runOnce(mainUrl, `CREATE DATABASE "${name}"`);
      const adapter = await connectTo(withDatabase(mainUrl, name));
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        try {
          await closePool();
        } finally {
          await runOnce(mainUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        }
      };
      return adapter;
    },
  };
}
