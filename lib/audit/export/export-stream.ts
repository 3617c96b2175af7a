import "server-only";
import type pg from "pg";
import {
  EXPORT_START,
  findExportBatch,
  findExportLines,
  type ExportCursor,
} from "@/lib/data/audit-export";
import { connectOwnClient } from "@/lib/data/own-connection";
import type { Role } from "@/lib/auth/roles";
import { countOf } from "@/lib/format/count";
import type { HistoryFilter } from "@/lib/schemas/history-filter";
import { csvLines } from "./export-csv";

export const EXPORT_FORMATS = ["csv", "ndjson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The download ended before its last row: the client went away, or a read failed. */
export class ExportStoppedError extends Error {
  override name = "ExportStoppedError";
}

const EXPORT_BATCH = 1_000;

/** The next batch as text: CSV from row objects, NDJSON from the lines PostgreSQL wrote. */
async function readBatch(
  format: ExportFormat,
  query: Parameters<typeof findExportBatch>,
  first: boolean,
  connection: () => Promise<pg.Client>,
): Promise<{ text: string; count: number; next: ExportCursor | null }> {
  if (format === "csv") {
    const batch = await findExportBatch(...query);
    return { text: csvLines(batch.rows, first), count: batch.rows.length, next: batch.next };
  }
  const batch = await findExportLines(await connection(), ...query);
  const text = batch.lines.map((line) => `${line}\n`).join("");
  return { text, count: batch.lines.length, next: batch.next };
}

/**
 * The export of `filter` as a byte stream, pulled a batch at a time: a batch is read from the
 * database only when the one before has been taken by the client, so memory stays at about one
 * batch whatever the size of the export and however slow the reader. `done` settles with the
 * number of rows once the last is taken, or rejects when the stream stops early.
 */
export function historyExportStream(
  filter: HistoryFilter,
  format: ExportFormat,
  options: {
    belowEntryId: bigint;
    /** The role of whoever downloads it: what they may not see is left out (audit-history.ts). */
    readerRole: Role;
    batchSize?: number;
  },
): { stream: ReadableStream<Uint8Array>; done: Promise<{ rows: number }> } {
  const encoder = new TextEncoder();
  let cursor: ExportCursor | null = EXPORT_START;
  let rows = 0;
  let headerWritten = false;
  // Promise.withResolvers needs Node 22; the console runs on 20.
  let settle!: { resolve: (done: { rows: number }) => void; reject: (error: Error) => void };
  const done = new Promise<{ rows: number }>((resolve, reject) => (settle = { resolve, reject }));
  // The NDJSON lines are read on a connection of the export's own, opened at the first batch.
  let opened: Promise<pg.Client> | null = null;
  const connection = () => (opened ??= connectOwnClient());
  const release = () => {
    void opened?.then((client) => client.end()).catch(() => undefined);
    opened = null;
  };
  const stopped = (why: string, cause?: unknown) =>
    new ExportStoppedError(`The download stopped after ${countOf(rows, "row")}: ${why}.`, {
      cause,
    });

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          // A batch may be empty (the last before-chain one): read on until there is text to give.
          while (cursor) {
            const first = format === "csv" && !headerWritten;
            const batch = await readBatch(
              format,
              [
                options.readerRole,
                filter,
                options.belowEntryId,
                cursor,
                options.batchSize ?? EXPORT_BATCH,
              ],
              first,
              connection,
            );
            cursor = batch.next;
            if (batch.count === 0 && !first) continue;
            headerWritten = true;
            rows += batch.count;
            controller.enqueue(encoder.encode(batch.text));
            return;
          }
          release();
          controller.close();
          settle.resolve({ rows });
        } catch (error) {
          release();
          const failure = stopped("the audit log could not be read", error);
          controller.error(failure);
          settle.reject(failure);
        }
      },
      cancel(reason) {
        release();
        settle.reject(stopped(`the client went away (${String(reason ?? "cancelled")})`));
      },
    },
    // One batch waiting at most: the next is read when the client has taken it.
    { highWaterMark: 1 },
  );
  return { stream, done };
}
