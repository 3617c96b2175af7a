import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { openPagedCsv, type PagedCsvSource } from "./paged-csv-stream";

type Row = { id: string; name: string | null; on: boolean; n: number };

/** A list in pages of `size`, recording which offsets were read and when. */
function pagedList(rows: Row[], size: number) {
  const reads: number[] = [];
  const source: PagedCsvSource<Row, number> = {
    columns: ["id", "name", "on", "n"],
    toRecord: (row) => row,
    readPage: async (from = 0) => {
      reads.push(from);
      const next = from + size < rows.length ? from + size : undefined;
      return { rows: rows.slice(from, from + size), next };
    },
  };
  return { source, reads };
}

const rowsOf = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    name: `name ${i}`,
    on: i % 2 === 0,
    n: i,
  }));

async function readAll(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("openPagedCsv", () => {
  it("writes the header once and every page's rows, reading a page only when the one before is taken", async () => {
    const { source, reads } = pagedList(rowsOf(7), 3);
    const { stream, done } = await openPagedCsv(source);
    // Opening reads the first page only, so a Synapse that fails is known before any byte.
    expect(reads).toEqual([0]);
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value);
    expect(first.split("\n")[0]).toBe("id,name,on,n");
    // One page may wait in the queue; never the whole list.
    expect(reads.length).toBeLessThanOrEqual(2);
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += decoder.decode(chunk.value);
    }
    expect(reads).toEqual([0, 3, 6]);
    const records = parse(first + rest, { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => record.id)).toEqual(rowsOf(7).map((row) => row.id));
    expect(records[0]).toEqual({ id: "r0", name: "name 0", on: "true", n: "0" });
    expect(records[1]?.on).toBe("false");
    await expect(done).resolves.toEqual({ rows: 7 });
  });

  it("keeps commas, quotes, newlines and empty values, and defuses formula-like cells", async () => {
    const awkward: Row[] = [
      { id: "a", name: 'Smith, "Bob"\nsecond line', on: true, n: 1 },
      { id: "b", name: null, on: false, n: 2 },
      { id: "c", name: '=HYPERLINK("x")', on: true, n: 3 },
    ];
    const { source } = pagedList(awkward, 2);
    const { stream } = await openPagedCsv(source);
    const records = parse(await readAll(stream), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(records.map((record) => record.name)).toEqual([
      'Smith, "Bob"\nsecond line',
      "",
      '\'=HYPERLINK("x")',
    ]);
  });

  it("writes the header alone for an empty list", async () => {
    const { source } = pagedList([], 3);
    const { stream, done } = await openPagedCsv(source);
    expect(await readAll(stream)).toBe("id,name,on,n\n");
    await expect(done).resolves.toEqual({ rows: 0 });
  });

  it("fails before any byte when the first page cannot be read", async () => {
    const source: PagedCsvSource<Row, number> = {
      ...pagedList([], 1).source,
      readPage: async () => {
        throw new Error("Synapse is down");
      },
    };
    await expect(openPagedCsv(source)).rejects.toThrow("Synapse is down");
  });

  it("errors the stream and says after how many rows when a later page fails", async () => {
    const { source } = pagedList(rowsOf(5), 2);
    const failing: PagedCsvSource<Row, number> = {
      ...source,
      readPage: async (from) => {
        if (from === 4) throw new Error("Synapse went away");
        return source.readPage(from);
      },
    };
    const { stream, done } = await openPagedCsv(failing);
    await expect(readAll(stream)).rejects.toThrow("The download stopped after 4 rows");
    await expect(done).rejects.toThrow("Synapse could not be read");
  });

  it("stops a list whose next page would start where the last one did", async () => {
    const source: PagedCsvSource<Row, number> = {
      ...pagedList([], 1).source,
      readPage: async () => ({ rows: rowsOf(1), next: 1 }),
    };
    const { stream, done } = await openPagedCsv(source);
    await expect(readAll(stream)).rejects.toThrow("The download stopped after 1 row:");
    await expect(done).rejects.toThrow("Synapse could not be read");
  });

  it("rejects done when the client goes away", async () => {
    const { source, reads } = pagedList(rowsOf(10), 2);
    const { stream, done } = await openPagedCsv(source);
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel("closed the tab");
    await expect(done).rejects.toThrow("the client went away (closed the tab)");
    expect(reads.length).toBeLessThan(5);
  });
});
