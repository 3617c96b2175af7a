import { describe, expect, it } from "vitest";
import { withinAuditScope } from "./audit-scope";
import { noneOf, recordChange, recordChanges, type Change } from "./changes";

/** The changes a piece of work notes, as runAudited would collect them. */
async function noted(work: () => void): Promise<Change[]> {
  const scope = { entryId: 1n, action: "test", changes: [] as Change[] };
  await withinAuditScope(scope, async () => work());
  return scope.changes;
}

describe("recording changes", () => {
  it("keeps a field's first from and last to", async () => {
    expect(
      await noted(() => {
        recordChange("locked", false, true);
        recordChange("locked", true, false);
      }),
    ).toEqual([{ field: "locked", from: false, to: false }]);
  });

  it("records only the fields that differ, with the prefix", async () => {
    expect(
      await noted(() => recordChanges({ a: 1, b: [1] }, { a: 1, b: [2], c: undefined }, "job.")),
    ).toEqual([{ field: "job.b", from: [1], to: [2] }]);
  });

  it("describes something created from nothing and something removed to nothing", async () => {
    const row = { name: "Nightly", enabled: true };
    expect(noneOf(row)).toEqual({ name: null, enabled: null });
    expect(await noted(() => recordChanges(noneOf(row), row))).toEqual([
      { field: "name", from: null, to: "Nightly" },
      { field: "enabled", from: null, to: true },
    ]);
  });
});
