import { describe, expect, it, vi } from "vitest";
import { SynapseError, type SynapseErrorKind } from "@/lib/synapse";
import { explainSynapseFailure, withSafeSignInErrors, WrongCredentials } from "./sign-in-errors";

const INTERNAL = "http://synapse.internal:8008";

const synapseError = (kind: SynapseErrorKind, extra: Partial<SynapseError> = {}) =>
  new SynapseError({
    kind,
    message: `The homeserver at ${INTERNAL} failed (${kind}).`,
    synapseMessage: `upstream ${INTERNAL}/_matrix said no`,
    ...extra,
  });

describe("sign-in errors shown to people who are not signed in", () => {
  const kinds: SynapseErrorKind[] = [
    "unreachable",
    "timeout",
    "not_synapse",
    "server",
    "bad_request",
    "invalid_response",
    "unexpected",
    "not_found",
    "conflict",
  ];

  it.each(kinds)("a %s error says nothing of the homeserver's address", async (kind) => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const shown = await withSafeSignInErrors(() => Promise.reject(synapseError(kind))).catch(
      (error: Error) => error.message,
    );
    expect(shown).toMatch(/^The homeserver /);
    expect(shown).not.toContain("synapse.internal");
  });

  it("a wrong password is the one failure the throttle counts", () => {
    const wrong = explainSynapseFailure(synapseError("forbidden", { errcode: "M_FORBIDDEN" }));
    expect(wrong).toBeInstanceOf(WrongCredentials);
    expect(wrong.message).toBe("Wrong user ID or password.");
  });

  it.each(["M_USER_LOCKED", "M_USER_DEACTIVATED"])(
    "%s at login says why, and is not counted as a wrong password",
    (errcode) => {
      const barred = explainSynapseFailure(synapseError("forbidden", { errcode }));
      expect(barred).not.toBeInstanceOf(WrongCredentials);
      expect(barred.message).toMatch(/^Your account is (locked|deactivated) on the homeserver/);
    },
  );

  it("a 429 says how long to wait, in whole seconds", () => {
    const limited = explainSynapseFailure(synapseError("rate_limited", { retryAfterMs: 4_200 }));
    expect(limited.message).toBe("The homeserver is limiting sign-ins; try again in 5 seconds.");
  });
});
