import "server-only";
import { EXPORT_START, findExportBatch, type ExportCursor } from "@/lib/data/audit-export";
import { countOf } from "@/lib/format/count";
import type { HistoryFilter } from "@/lib/schemas/history-filter";
import { csvLines } from "./export-csv";
import type { ExportRowInput } from "./export-row";

export const EXPORT_FORMATS = ["csv", "ndjson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The download ended before its last row: the client went away, or a read failed. */
export class ExportStoppedError extends Error {
  override name = "ExportStoppedError";
}

const EXPORT_BATCH = 1_000;

function encodeBatch(format: ExportFormat, rows: ExportRowInput[], first: boolean): string {
  if (format === "csv") return csvLines(rows, first);
  return rows.map((row) => `${JSON.stringify(row)}\n`).join("");
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
  options: { belowEntryId: bigint; batchSize?: number },
): { stream: ReadableStream<Uint8Array>; done: Promise<{ rows: number }> } {
  const encoder = new TextEncoder();
  let cursor: ExportCursor | null = EXPORT_START;
  let rows = 0;
  let headerWritten = false;
  // Promise.withResolvers needs Node 22; the console runs on 20.
  let settle!: { resolve: (done: { rows: number }) => void; reject: (error: Error) => void };
  const done = new Promise<{ rows: number }>((resolve, reject) => (settle = { resolve, reject }));
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
            const batch = await findExportBatch(
              filter,
              options.belowEntryId,
              cursor,
              options.batchSize ?? EXPORT_BATCH,
            );
            cursor = batch.next;
            const first = format === "csv" && !headerWritten;
            if (batch.rows.length === 0 && !first) continue;
            headerWritten = true;
            rows += batch.rows.length;
            controller.enqueue(encoder.encode(encodeBatch(format, batch.rows, first)));
            return;
          }
          controller.close();
          settle.resolve({ rows });
        } catch (error) {
          const failure = stopped("the audit log could not be read", error);
          controller.error(failure);
          settle.reject(failure);
        }
      },
      cancel(reason) {
        settle.reject(stopped(`the client went away (${String(reason ?? "cancelled")})`));
      },
    },
    // One batch waiting at most: the next is read when the client has taken it.
    { highWaterMark: 1 },
  );
  return { stream, done };
}
