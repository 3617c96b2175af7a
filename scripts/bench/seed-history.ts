// Writes a year of audit log straight into the bench's console database for bench:history: entries
// and their outcomes as the app writes them (history-mix.ts), hashed with lib/audit/chain.ts and
// linked here in chain order (entry, then its outcome), so the chain verifies. Loaded as the
// superuser with the session's triggers off (session_replication_role = replica: the chain's
// trigger, the append-only ones and the outcome's foreign key check), in batches of rows passed as
// one array per column (INSERT … SELECT FROM unnest), which PostgreSQL takes nearly as fast as COPY.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { contentHash, GENESIS_HASH, linkHash } from "../../lib/audit/chain";
import { FAILURES, makeCast, pickJobKind, type ActionDraft, type JobKind } from "./history-mix";
import { pickPersonAction } from "./history-people-actions";
import { seededRng, uuidFrom, type Rng } from "./history-rng";

const DAY_MS = 86_400_000;
const SPAN_MS = 365 * DAY_MS;
const BATCH = 5_000;
/** The console restarts (a new audit process ID) about every two days. */
const PROCESS_LIFE_MS = 2 * DAY_MS;

type Burst = { kind: JobKind | null; size: number; gaps: number[]; pause: number };

const exponential = (rng: Rng, mean: number) => -Math.log(1 - rng()) * mean;

/**
 * The log as bursts: a person's few actions seconds apart, or a job run's items a fraction of a
 * second apart (about a third of all entries), with pauses between bursts scaled so the year is
 * filled and the last entry is a minute old.
 */
function planBursts(rng: Rng, entries: number): Burst[] {
  const bursts: Burst[] = [];
  let planned = 0;
  while (planned < entries) {
    const kind = rng() < 0.008 ? pickJobKind(rng) : null;
    const wanted =
      kind === null
        ? 1 + Math.floor(exponential(rng, 1.5))
        : 1 + Math.round(exponential(rng, kind.meanItems));
    const size = Math.min(wanted, entries - planned);
    const gaps = Array.from({ length: size - 1 }, () =>
      kind === null ? 2_000 + rng() * 40_000 : 80 + rng() * 300,
    );
    bursts.push({ kind, size, gaps, pause: exponential(rng, 1) });
    planned += size;
  }
  const busy = bursts.reduce((sum, b) => sum + b.gaps.reduce((s, g) => s + g, 0), 0);
  const pauses = bursts.reduce((sum, b) => sum + b.pause, 0);
  const scale = (SPAN_MS - 60_000 - busy) / pauses;
  for (const burst of bursts) burst.pause *= scale;
  return bursts;
}

export type SeededLog = {
  entries: number;
  firstAt: Date;
  lastAt: Date;
  /** Entries per actor and per target ("user @x:…", "room !y:…"), to pick filter values. */
  byActor: Map<string, number>;
  byTarget: Map<string, number>;
  jobRuns: string[];
  seconds: { total: number; vacuum: number };
  headHash: string;
};

type Columns = Record<string, unknown[]>;

const ENTRY_COLUMNS = `id bigint, request_id uuid, at timestamptz, actor_id text, actor_role text,
  action text, target_type text, target_id text, input jsonb, process_id uuid, job_run_id uuid,
  chain_seq bigint, content_hash bytea, prev_hash bytea, hash bytea`;
const OUTCOME_COLUMNS = `id bigint, entry_id bigint, at timestamptz, outcome audit_result,
  error_code text, error_message text, result jsonb, changes jsonb, chain_seq bigint,
  content_hash bytea, prev_hash bytea, hash bytea`;

/** INSERT … SELECT FROM unnest($1::type[], …): one parameter per column, whatever the batch size. */
function unnestInsert(table: string, columns: string) {
  const parts = columns.split(",").map((part) => part.trim().split(/\s+/));
  const names = parts.map(([name]) => name).join(", ");
  const arrays = parts.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  return `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
}

const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

function emptyColumns(columns: string): Columns {
  return Object.fromEntries(columns.split(",").map((part) => [part.trim().split(/\s+/)[0], []]));
}

/** Seeds `entries` entries, each with its outcome, into an empty, migrated console database. */
export async function seedHistory(
  client: pg.Client,
  entries: number,
  seed = 11,
): Promise<SeededLog> {
  const started = performance.now();
  const rng = seededRng(seed);
  const cast = makeCast(rng);
  const bursts = planBursts(rng, entries);
  const now = Date.now();
  let clock = now - SPAN_MS;
  const firstAt = new Date(clock);
  const processes = new Map<number, string>();
  const byActor = new Map<string, number>();
  const byTarget = new Map<string, number>();
  const jobRuns: string[] = [];
  const insertEntries = unnestInsert("audit_entry", ENTRY_COLUMNS);
  const insertOutcomes = unnestInsert("audit_outcome", OUTCOME_COLUMNS);

  await client.query("SET session_replication_role = replica");
  await client.query("SET synchronous_commit = off");
  let previous: Buffer = GENESIS_HASH;
  let id = 0;
  let entryRows = emptyColumns(ENTRY_COLUMNS);
  let outcomeRows = emptyColumns(OUTCOME_COLUMNS);
  let inFlight: Promise<unknown> = Promise.resolve();

  const flush = async () => {
    await inFlight;
    const [e, o] = [Object.values(entryRows), Object.values(outcomeRows)];
    inFlight = Promise.all([client.query(insertEntries, e), client.query(insertOutcomes, o)]);
    entryRows = emptyColumns(ENTRY_COLUMNS);
    outcomeRows = emptyColumns(OUTCOME_COLUMNS);
  };

  const push = (columns: Columns, row: unknown[]) => {
    Object.values(columns).forEach((column, i) => column.push(row[i]));
  };

  const write = (
    draft: ActionDraft,
    actor: { id: string; role: string | null },
    at: Date,
    jobRunId: string | null,
  ) => {
    id += 1;
    const requestId = randomUUID();
    const processKey = Math.floor((at.getTime() - firstAt.getTime()) / PROCESS_LIFE_MS);
    if (!processes.has(processKey)) processes.set(processKey, uuidFrom(rng));
    const processId = processes.get(processKey) ?? null;
    const entry = {
      kind: "entry" as const,
      requestId,
      at,
      actorId: actor.id,
      actorRole: actor.role,
      action: draft.action,
      targetType: draft.targetType,
      targetId: draft.targetId,
      input: draft.input ?? null,
      processId,
      jobRunId,
    };
    const entryHash = contentHash(entry);
    const entryLink = linkHash(previous, entryHash);
    push(entryRows, [
      id,
      requestId,
      at.toISOString(),
      actor.id,
      actor.role,
      draft.action,
      draft.targetType,
      draft.targetId,
      json(draft.input),
      processId,
      jobRunId,
      2 * id - 1,
      entryHash,
      previous,
      entryLink,
    ]);
    const roll = rng();
    const failure = roll < 0.02 ? FAILURES[Math.floor(rng() * FAILURES.length)] : null;
    const outcome = {
      kind: "outcome" as const,
      entryId: String(id),
      at: new Date(at.getTime() + 20 + Math.floor(rng() * (jobRunId ? 200 : 900))),
      outcome: failure ? "failure" : roll > 0.9995 ? "unknown" : "success",
      errorCode: failure?.errorCode ?? (roll > 0.9995 ? "process_stopped" : null),
      errorMessage:
        failure?.errorMessage ??
        (roll > 0.9995 ? "unknown: the process stopped before it recorded the outcome" : null),
      result: failure || roll > 0.9995 ? null : (draft.result ?? null),
      changes: failure || roll > 0.9995 ? null : draft.changes,
    };
    const outcomeHash = contentHash(outcome);
    const outcomeLink = linkHash(entryLink, outcomeHash);
    push(outcomeRows, [
      id,
      id,
      outcome.at.toISOString(),
      outcome.outcome,
      outcome.errorCode,
      outcome.errorMessage,
      json(outcome.result),
      json(outcome.changes),
      2 * id,
      outcomeHash,
      entryLink,
      outcomeLink,
    ]);
    previous = outcomeLink;
    byActor.set(actor.id, (byActor.get(actor.id) ?? 0) + 1);
    if (draft.targetType && draft.targetId) {
      const key = `${draft.targetType} ${draft.targetId}`;
      byTarget.set(key, (byTarget.get(key) ?? 0) + 1);
    }
  };

  for (const burst of bursts) {
    clock += burst.pause;
    const kind = burst.kind;
    const runId = kind ? uuidFrom(rng) : null;
    if (runId) jobRuns.push(runId);
    const scheduled = rng() < 0.8;
    const actor = kind
      ? {
          id: `job:${scheduled ? cast.definitions[Math.floor(rng() ** 2 * cast.definitions.length)] : runId}`,
          role: null,
        }
      : cast.pickPerson(rng);
    for (let i = 0; i < burst.size; i++) {
      if (i > 0) clock += burst.gaps[i - 1] ?? 0;
      const draft = kind
        ? kind.maker(rng, cast, actor.id)
        : pickPersonAction(rng)(rng, cast, actor.id);
      write(draft, actor, new Date(Math.floor(clock)), runId);
      if (id % BATCH === 0) await flush();
    }
  }
  await flush();
  await inFlight;
  await client.query(
    `SELECT setval('audit_entry_id_seq', $1), setval('audit_outcome_id_seq', $1)`,
    [id],
  );
  await client.query("RESET session_replication_role");
  const vacuumStarted = performance.now();
  // What autovacuum would have done over the year: statistics, and the visibility map that lets
  // index-only scans skip the table.
  await client.query("VACUUM ANALYZE audit_entry");
  await client.query("VACUUM ANALYZE audit_outcome");
  const end = performance.now();
  return {
    entries: id,
    firstAt,
    lastAt: new Date(Math.floor(clock)),
    byActor,
    byTarget,
    jobRuns,
    seconds: { total: (end - started) / 1000, vacuum: (end - vacuumStarted) / 1000 },
    headHash: previous.toString("hex"),
  };
}
