// The History's keyset paging against PostgreSQL: newest first by (at, id), each entry exactly
// once across pages, however many entries share a millisecond, with filters and the cursor.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chainedEntry } from "@/lib/audit/testing/chained-rows";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { findHistoryPage } = await import("./audit-history");

async function writeEntry(actorId: string, at: Date, action = "test.paging") {
  const { contentHash, input, ...row } = chainedEntry({ actorId, action, at, input: { at } });
  const entry = await db.auditEntry.create({
    data: { ...row, input: input ?? undefined, contentHash: new Uint8Array(contentHash) },
    select: { id: true },
  });
  return entry.id.toString();
}

describe("History paging", () => {
  it("lists every entry once, newest first, when many share one millisecond", async () => {
    const actor = `@paging-${randomUUID()}:localhost`;
    const same = new Date("2026-06-01T12:00:00.000Z");
    const ids = {
      older: await writeEntry(actor, new Date("2026-05-01T00:00:00.000Z")),
      tied: [] as string[],
      // Written last, but earlier in time than the tied ones: it belongs after them.
      backdated: "",
      newest: await writeEntry(actor, new Date("2026-07-01T00:00:00.000Z")),
    };
    for (let i = 0; i < 7; i++) ids.tied.push(await writeEntry(actor, same));
    ids.backdated = await writeEntry(actor, new Date("2026-05-15T00:00:00.000Z"));

    const seen: string[] = [];
    let before: string | undefined;
    let pages = 0;
    do {
      const page = await findHistoryPage("admin", { actor, before }, 3);
      seen.push(...page.rows.map((row) => row.id));
      before = page.nextBefore ?? undefined;
      pages += 1;
    } while (before && pages < 10);

    const tiedNewestFirst = [...ids.tied].sort((a, b) => Number(BigInt(b) - BigInt(a)));
    expect(seen).toEqual([ids.newest, ...tiedNewestFirst, ids.backdated, ids.older]);
    expect(pages).toBe(4);
  });

  it("keeps the filter on later pages: action prefix and time range", async () => {
    const actor = `@paging-filter-${randomUUID()}:localhost`;
    const inRange = [];
    for (let day = 1; day <= 5; day++) {
      inRange.push(await writeEntry(actor, new Date(`2026-03-0${day}T08:00:00.000Z`), "test.kept"));
      await writeEntry(actor, new Date(`2026-03-0${day}T09:00:00.000Z`), "other.left_out");
    }
    await writeEntry(actor, new Date("2026-04-01T00:00:00.000Z"), "test.kept");
    const filter = {
      actor,
      action: "test.",
      from: new Date("2026-03-01T00:00:00.000Z"),
      to: new Date("2026-03-31T00:00:00.000Z"),
    };
    const first = await findHistoryPage("admin", filter, 2);
    const second = await findHistoryPage("admin", { ...filter, before: first.nextBefore! }, 2);
    const third = await findHistoryPage("admin", { ...filter, before: second.nextBefore! }, 2);
    expect([...first.rows, ...second.rows, ...third.rows].map((row) => row.id)).toEqual(
      [...inRange].reverse(),
    );
    expect(third.nextBefore).toBeNull();
  });
});
