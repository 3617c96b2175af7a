import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { findJobRunItems } = await import("./read-jobs");

describe("a run's items page, asked for with a page number from a hand-edited URL", () => {
  it.each([1e20, 2 ** 53, 1e9, -5, 0, Number.NaN, Number.POSITIVE_INFINITY, 1.5])(
    "answers page %d with an empty page rather than a database error",
    async (page) => {
      const result = await findJobRunItems(randomUUID(), { page, failuresOnly: false });
      expect(result).toMatchObject({ items: [], total: 0, pageCount: 1 });
    },
  );
});
