import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorFromAnswer, toSynapseError } from "./error-mapping";
import { SynapseError } from "./errors";

const context = { baseUrl: "http://synapse.test:8008" };

// Built by hand from a Response, as the HTTP layer hands them over.
async function answer(response: Response) {
  return { status: response.status, headers: response.headers, body: await response.text() };
}
const matrix = (status: number, body: object, headers: Record<string, string> = {}) =>
  answer(
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    }),
  );

describe("errorFromAnswer", () => {
  it("says what failed in a sentence, with Synapse's own words and errcode", async () => {
    const error = errorFromAnswer(
      await matrix(404, { errcode: "M_NOT_FOUND", error: "User not found" }),
      {
        ...context,
        what: "read the user @x:example.org",
      },
    );
    expect(error).toBeInstanceOf(SynapseError);
    expect(error).toMatchObject({
      kind: "not_found",
      status: 404,
      errcode: "M_NOT_FOUND",
      synapseMessage: "User not found",
    });
    expect(error.message).toBe(
      "Synapse could not read the user @x:example.org: User not found (M_NOT_FOUND).",
    );
  });

  it.each([
    [401, "M_UNKNOWN_TOKEN", "unauthorized"],
    [401, "M_MISSING_TOKEN", "unauthorized"],
    [403, "M_FORBIDDEN", "forbidden"],
    [403, "M_USER_DEACTIVATED", "forbidden"],
    [400, "M_USER_IN_USE", "conflict"],
    [400, "M_INVALID_PARAM", "bad_request"],
    [404, "M_UNRECOGNIZED", "not_found"],
    [405, "M_UNRECOGNIZED", "not_found"],
    [429, "M_LIMIT_EXCEEDED", "rate_limited"],
    [500, "M_UNKNOWN", "server"],
    [403, "M_UNKNOWN", "forbidden"],
    [409, "M_UNKNOWN", "conflict"],
    [418, "M_WHATEVER", "bad_request"],
  ])("maps HTTP %i %s to %s", async (status, errcode, kind) => {
    const error = errorFromAnswer(await matrix(status, { errcode, error: "x" }), context);
    expect(error.kind).toBe(kind);
    expect(error.errcode).toBe(errcode);
  });

  it("drops Synapse's trailing period and names no request when none is known", async () => {
    const error = errorFromAnswer(
      await matrix(401, {
        errcode: "M_UNKNOWN_TOKEN",
        error: "Invalid access token passed.",
        soft_logout: false,
      }),
      context,
    );
    expect(error.message).toBe(
      "Synapse refused the request: Invalid access token passed (M_UNKNOWN_TOKEN).",
    );
  });

  it("reads retry_after_ms from the body first, then the Retry-After header", async () => {
    const both = await matrix(
      429,
      { errcode: "M_LIMIT_EXCEEDED", error: "Too many", retry_after_ms: 1234 },
      { "retry-after": "9" },
    );
    expect(errorFromAnswer(both, context).retryAfterMs).toBe(1234);
    const header = await matrix(
      429,
      { errcode: "M_LIMIT_EXCEEDED", error: "Too many" },
      { "retry-after": "3" },
    );
    expect(errorFromAnswer(header, context).retryAfterMs).toBe(3000);
    const neither = await matrix(429, { errcode: "M_LIMIT_EXCEEDED", error: "Too many" });
    expect(errorFromAnswer(neither, context).retryAfterMs).toBeUndefined();
  });

  it("calls a non-Matrix 404 page 'not Synapse' and says what to check", async () => {
    const error = errorFromAnswer(
      await answer(new Response("<h1>Not Found</h1>", { status: 404 })),
      context,
    );
    expect(error.kind).toBe("not_synapse");
    expect(error.message).toContain(
      "http://synapse.test:8008 answered HTTP 404 without a Matrix error",
    );
  });

  it("blames the proxy for a bare 502 and calls the homeserver unreachable", async () => {
    const error = errorFromAnswer(
      await answer(new Response("Bad Gateway", { status: 502 })),
      context,
    );
    expect(error).toMatchObject({ kind: "unreachable", status: 502 });
    expect(error.message).toContain("a proxy in front of it replied HTTP 502");
  });

  it("names where a redirect points instead of following it", async () => {
    const redirect = new Response(null, {
      status: 301,
      headers: { location: "https://matrix.example.org/" },
    });
    const error = errorFromAnswer(await answer(redirect), context);
    expect(error.kind).toBe("not_synapse");
    expect(error.message).toContain("redirects to https://matrix.example.org/");
  });
});

describe("toSynapseError", () => {
  it("keeps a SynapseError as it is", () => {
    const original = new SynapseError({ kind: "conflict", message: "taken" });
    expect(toSynapseError(original, context)).toBe(original);
  });

  it("turns fetch's connection refused into 'could not be reached'", () => {
    const refused = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
    });
    const error = toSynapseError(refused, context);
    expect(error.kind).toBe("unreachable");
    expect(error.message).toBe(
      "The homeserver at http://synapse.test:8008 could not be reached (connection refused).",
    );
  });

  it("finds the code inside an AggregateError of IPv4 and IPv6 attempts", () => {
    const attempts = new AggregateError([Object.assign(new Error("a"), { code: "EHOSTUNREACH" })]);
    const error = toSynapseError(new TypeError("fetch failed", { cause: attempts }), context);
    expect(error.message).toContain("(host unreachable)");
  });

  it("reports a timeout with the time allowed", () => {
    const error = toSynapseError(new DOMException("timed out", "TimeoutError"), {
      ...context,
      timeoutMs: 2500,
    });
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe(
      "The homeserver at http://synapse.test:8008 did not answer within 2.5 s.",
    );
  });

  it("points at the field when Synapse's answer has an unexpected shape", () => {
    const parsed = z
      .object({ users: z.array(z.object({ name: z.string() })) })
      .safeParse({ users: [{ name: 5 }] });
    const error = toSynapseError(parsed.error, context);
    expect(error.kind).toBe("invalid_response");
    expect(error.message).toContain("at users.0.name");
  });

  it("keeps the detail of anything else out of the message", () => {
    const error = toSynapseError(new Error("secret internal detail"), context);
    expect(error.kind).toBe("unexpected");
    expect(error.message).not.toContain("secret internal detail");
    expect((error.cause as Error).message).toBe("secret internal detail");
  });
});
