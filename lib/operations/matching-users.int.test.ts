import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";
import { pagesOfMatchingUsers } from "./matching-users";

prepareTestAppEnv();

const checker = await registerTestUser("matching-checker", true);
const filters = (q: string) =>
  ({
    q,
    admins: false,
    guests: false,
    hideLocked: false,
    type: "all",
    deactivated: "active",
  }) as const;

describe("every user matching the users list's filters, page by page from the real Synapse", () => {
  it("reads 101 matching users as a page of 100 and a page of 1, each user once, with Synapse's total", async () => {
    const prefix = `match-${randomBytes(4).toString("hex")}`;
    const created: string[] = [];
    for (let batch = 0; batch < 101; batch += 10) {
      const size = Math.min(10, 101 - batch);
      const users = await Promise.all(Array.from({ length: size }, () => registerTestUser(prefix)));
      created.push(...users.map((user) => user.id));
    }
    const pages = [];
    for await (const page of pagesOfMatchingUsers(checker.client, filters(prefix), {
      signal: new AbortController().signal,
    }))
      pages.push(page);
    expect(pages.map((page) => [page.userIds.length, page.total])).toEqual([
      [100, 101],
      [1, 101],
    ]);
    expect(pages.flatMap((page) => page.userIds).sort()).toEqual(created.sort());
  });

  it("stops before reading once the run is cancelled", async () => {
    const controller = new AbortController();
    controller.abort("cancelled");
    const pages = pagesOfMatchingUsers(checker.client, filters("anything"), {
      signal: controller.signal,
    });
    await expect(pages.next()).rejects.toBe("cancelled");
  });
});
