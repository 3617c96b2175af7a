import { stringify } from "csv-stringify/sync";
import { countOf } from "@/lib/format/count";

/** A CSV cell: text, a number, a flag, or empty. */
export type CsvCell = string | number | boolean | null;

/** One page of a Synapse list and where the next one starts (undefined after the last). */
type ListPage<Row, Cursor> = { rows: Row[]; next: Cursor | undefined };

export type PagedCsvSource<Row, Cursor> = {
  /** Reads the page starting at `cursor` (undefined for the first). */
  readPage: (cursor: Cursor | undefined) => Promise<ListPage<Row, Cursor>>;
  columns: readonly string[];
  toRecord: (row: Row) => Record<string, CsvCell>;
};

/** The download ended before its last row: the client went away, or Synapse stopped answering. */
class ListExportStoppedError extends Error {
  override name = "ListExportStoppedError";
}

/**
 * Rows as CSV lines (RFC 4180), the header first when asked. Cells a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or CR) get a leading ', as in the History export: display
 * names and room names are text anyone on the homeserver can choose. That includes every user ID
 * (@…), so a script reading the file drops a leading ' from such a cell.
 */
export function csvLines<Row>(
  source: Pick<PagedCsvSource<Row, unknown>, "columns" | "toRecord">,
  rows: Row[],
  withHeader: boolean,
): string {
  return stringify(rows.map(source.toRecord), {
    header: withHeader,
    columns: [...source.columns],
    escape_formulas: true,
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
}

/**
 * A Synapse list as a CSV byte stream, every page of it: the first page is read here (so a Synapse
 * that does not answer is an error before any byte is sent), each later one only when the client
 * has taken the one before, so memory stays at about one page however long the list and however
 * slow the reader. `done` settles with the number of rows once the last is taken, or rejects when
 * the stream stops early.
 */
export async function openPagedCsv<Row, Cursor>(
  source: PagedCsvSource<Row, Cursor>,
): Promise<{ stream: ReadableStream<Uint8Array>; done: Promise<{ rows: number }> }> {
  const first = await source.readPage(undefined);
  const encoder = new TextEncoder();
  let pending: ListPage<Row, Cursor> | null = first;
  let cursor = first.next;
  let headerWritten = false;
  let rows = 0;
  // Promise.withResolvers needs Node 22; the console runs on 20.
  let settle!: { resolve: (done: { rows: number }) => void; reject: (error: Error) => void };
  const done = new Promise<{ rows: number }>((resolve, reject) => (settle = { resolve, reject }));
  // Nobody may be waiting on `done` when the client goes away; that is not an unhandled rejection.
  done.catch(() => undefined);
  const stopped = (why: string, cause?: unknown) =>
    new ListExportStoppedError(`The download stopped after ${countOf(rows, "row")}: ${why}.`, {
      cause,
    });

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!pending && cursor !== undefined) {
            const from = cursor;
            pending = await source.readPage(from);
            // A list whose next page starts where this one did would never end.
            if (pending.next !== undefined && pending.next === from) {
              throw new Error(`Synapse gave the same next page (${String(from)}) twice`);
            }
            cursor = pending.next;
          }
          if (pending) {
            const text = csvLines(source, pending.rows, !headerWritten);
            headerWritten = true;
            rows += pending.rows.length;
            pending = null;
            if (text) controller.enqueue(encoder.encode(text));
            if (cursor !== undefined) return;
          }
          controller.close();
          settle.resolve({ rows });
        } catch (error) {
          const failure = stopped("Synapse could not be read", error);
          controller.error(failure);
          settle.reject(failure);
        }
      },
      cancel(reason) {
        settle.reject(stopped(`the client went away (${String(reason ?? "cancelled")})`));
      },
    },
    // One page waiting at most: the next is read when the client has taken it.
    { highWaterMark: 1 },
  );
  return { stream, done };
}
