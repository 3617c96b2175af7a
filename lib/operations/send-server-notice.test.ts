import { describe, expect, it } from "vitest";
import { ActionError } from "@/lib/actions/action-result";
import { SERVER_NOTICES_OFF } from "@/lib/schemas/server-notice";
import { SynapseError } from "@/lib/synapse";
import { explainNoticeRefusal, isServerNoticesOff, noticeTxnId } from "./send-server-notice";

const refusal = (
  status: number,
  errcode: string,
  error: string,
  kind: "bad_request" | "not_found",
) =>
  new SynapseError({
    kind,
    status,
    errcode,
    synapseMessage: error,
    message: `Synapse could not send: ${error}`,
  });

describe("Synapse's refusals of a server notice, as sentences", () => {
  it("says how to turn notices on when Synapse has them off", () => {
    const error = explainNoticeRefusal(
      refusal(400, "M_UNKNOWN", "Server notices are not enabled on this server", "bad_request"),
      "@bob:example.org",
    );
    expect(error).toEqual(new ActionError(SERVER_NOTICES_OFF));
    expect(isServerNoticesOff(error)).toBe(true);
    expect(SERVER_NOTICES_OFF).toMatch(/server_notices section to homeserver\.yaml/);
    expect(SERVER_NOTICES_OFF).toMatch(/system_mxid_localpart/);
  });

  it("names the user for a remote or missing user", () => {
    expect(
      explainNoticeRefusal(
        refusal(400, "M_UNKNOWN", "Server notices can only be sent to local users", "bad_request"),
        "@bob:elsewhere.org",
      ),
    ).toEqual(
      new ActionError(
        "@bob:elsewhere.org is on another server: server notices go to local users only.",
      ),
    );
    expect(
      explainNoticeRefusal(
        refusal(404, "M_NOT_FOUND", "User not found", "not_found"),
        "@gone:example.org",
      ),
    ).toEqual(new ActionError("There is no user @gone:example.org on this homeserver."));
  });

  it("passes anything else on as it is, so a job can wait out Synapse being down", () => {
    const down = new SynapseError({ kind: "unreachable", message: "down" });
    expect(explainNoticeRefusal(down, "@bob:example.org")).toBe(down);
    expect(isServerNoticesOff(down)).toBe(false);
  });
});

describe("a job's transaction ID per user", () => {
  it("is the same on every attempt of a run, and differs between users and runs", () => {
    expect(noticeTxnId("run-1", "@a:x")).toBe(noticeTxnId("run-1", "@a:x"));
    expect(noticeTxnId("run-1", "@a:x")).not.toBe(noticeTxnId("run-1", "@b:x"));
    expect(noticeTxnId("run-2", "@a:x")).not.toBe(noticeTxnId("run-1", "@a:x"));
    expect(noticeTxnId("run-1", "@a:x")).toMatch(/^[0-9a-f]{32}$/);
  });
});
