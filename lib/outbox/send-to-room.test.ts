import { describe, expect, it } from "vitest";
import { SynapseError } from "@/lib/synapse";
import { roomFailure } from "./send-to-room";

describe("roomFailure", () => {
  it("keeps a 429's retry_after_ms, so the next attempt waits at least that long", async () => {
    const limited = new SynapseError({
      kind: "rate_limited",
      status: 429,
      errcode: "M_LIMIT_EXCEEDED",
      retryAfterMs: 90_000,
      message:
        "Synapse could not send a message to !r:example.org: Too Many Requests (M_LIMIT_EXCEEDED).",
    });
    expect(await roomFailure(limited, "!r:example.org")).toEqual({
      message: limited.message,
      permanent: false,
      retryAfterMs: 90_000,
    });
  });

  it("tries again after Synapse was down, but not for a room that does not exist", async () => {
    const down = new SynapseError({ kind: "unreachable", message: "Synapse cannot be reached." });
    expect(await roomFailure(down, "!r:example.org")).toMatchObject({ permanent: false });
    const unknown = new SynapseError({
      kind: "not_found",
      status: 404,
      errcode: "M_NOT_FOUND",
      message: "Synapse could not send a message to !gone:example.org: Unknown room (M_NOT_FOUND).",
    });
    expect(await roomFailure(unknown, "!gone:example.org")).toMatchObject({ permanent: true });
  });
});
