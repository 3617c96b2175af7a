import { describe, expect, it } from "vitest";
import { roomListSearchSchema } from "@/lib/schemas/room-list";
import { userListSearchSchema } from "@/lib/schemas/user-list";
import { findQueryProblem } from "./strict-query";

describe("findQueryProblem", () => {
  it("accepts what the list pages write, and an empty query", () => {
    expect(findQueryProblem(userListSearchSchema, {})).toBeNull();
    expect(
      findQueryProblem(userListSearchSchema, {
        q: "ali",
        from: "50",
        limit: "50",
        sort: "creation_ts",
        dir: "desc",
        admins: "1",
        deactivated: "all",
      }),
    ).toBeNull();
    expect(
      findQueryProblem(roomListSearchSchema, { page: "2", size: "100", public: "1" }),
    ).toBeNull();
  });

  it("says which value a page would have dropped, and names unknown parameters", () => {
    expect(findQueryProblem(userListSearchSchema, { limit: "7" })).toMatch(
      /^The query is not valid: limit: /,
    );
    expect(findQueryProblem(userListSearchSchema, { sort: "password" })).toMatch(/sort: /);
    expect(findQueryProblem(roomListSearchSchema, { page: "0" })).toMatch(/page: /);
    expect(findQueryProblem(userListSearchSchema, { user: "x", limt: "5" })).toBe(
      "The query is not valid: unknown query parameters user, limt.",
    );
  });
});
