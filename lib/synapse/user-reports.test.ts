import { describe, expect, it } from "vitest";
import { SynapseError } from "./errors";
import { isEndpointMissing } from "./user-reports";

const notFound = (errcode?: string) =>
  new SynapseError({ kind: "not_found", message: "not found", status: 404, errcode });

describe("isEndpointMissing", () => {
  it("tells a Synapse without the API from a report that is not there", () => {
    // What a Synapse before 1.152 answers for /user_reports (an unknown admin path).
    expect(isEndpointMissing(notFound("M_UNRECOGNIZED"))).toBe(true);
    // A proxy in front that routes no such path answers without a Matrix error code.
    expect(isEndpointMissing(notFound())).toBe(true);
    // A Synapse with the API, asked for a report that does not exist.
    expect(isEndpointMissing(notFound("M_NOT_FOUND"))).toBe(false);
    expect(
      isEndpointMissing(new SynapseError({ kind: "server", message: "boom", status: 500 })),
    ).toBe(false);
    expect(isEndpointMissing(new Error("M_UNRECOGNIZED"))).toBe(false);
  });
});
