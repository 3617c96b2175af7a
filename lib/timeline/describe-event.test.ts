import { describe, expect, it } from "vitest";
import type { SynapseTimelineEvent } from "@/lib/synapse/room-timeline";
import { describeEvent } from "./describe-event";

const event = (fields: Partial<SynapseTimelineEvent>): SynapseTimelineEvent => ({
  event_id: "$e",
  type: "m.room.message",
  sender: "@alice:example.org",
  origin_server_ts: 1_700_000_000_000,
  content: {},
  ...fields,
});

const member = (
  content: Record<string, unknown>,
  before?: Record<string, unknown>,
  stateKey = "@alice:example.org",
) =>
  event({
    type: "m.room.member",
    state_key: stateKey,
    content,
    unsigned: before ? { prev_content: before } : undefined,
  });

describe("a timeline event in words", () => {
  it("gives a message's body as plain text, never its HTML", () => {
    const summary = describeEvent(
      event({
        content: {
          msgtype: "m.text",
          body: "<b>hi</b>\nthere",
          format: "org.matrix.custom.html",
          formatted_body: "<script>alert(1)</script>",
        },
      }),
    );
    expect(summary).toEqual({ kind: "message", msgtype: "m.text", text: "<b>hi</b>\nthere" });
  });

  it("says what kind of media a message carries, and an emote as one", () => {
    expect(describeEvent(event({ content: { msgtype: "m.image", body: "cat.png" } })).text).toBe(
      "sent an image: cat.png",
    );
    expect(describeEvent(event({ content: { msgtype: "m.emote", body: "waves" } })).text).toBe(
      "* waves",
    );
  });

  it("marks a redacted event as such, whatever its type, and names who redacted another's", () => {
    const redacted = event({ unsigned: { redacted_because: { sender: "@mod:example.org" } } });
    expect(describeEvent(redacted)).toEqual({
      kind: "redacted",
      text: "redacted by @mod:example.org",
    });
    const own = event({ unsigned: { redacted_because: { sender: "@alice:example.org" } } });
    expect(describeEvent(own)).toEqual({ kind: "redacted", text: "redacted" });
  });

  it("marks an encrypted event without reading its ciphertext", () => {
    const encrypted = event({
      type: "m.room.encrypted",
      content: { algorithm: "m.megolm.v1.aes-sha2", ciphertext: "secret-looking" },
    });
    expect(describeEvent(encrypted)).toEqual({
      kind: "encrypted",
      text: "encrypted (m.megolm.v1.aes-sha2)",
    });
  });

  it("tells membership changes apart by what they were before", () => {
    expect(describeEvent(member({ membership: "join" })).text).toBe("joined");
    expect(
      describeEvent(member({ membership: "join", displayname: "Al" }, { membership: "join" })).text,
    ).toBe("set their display name to “Al”");
    expect(describeEvent(member({ membership: "leave" }, { membership: "join" })).text).toBe(
      "left",
    );
    const bob = "@bob:example.org";
    expect(describeEvent(member({ membership: "invite" }, undefined, bob)).text).toBe(
      `invited ${bob}`,
    );
    expect(
      describeEvent(member({ membership: "leave", reason: "spam" }, { membership: "join" }, bob))
        .text,
    ).toBe(`kicked ${bob} (reason: spam)`);
    expect(describeEvent(member({ membership: "ban" }, { membership: "join" }, bob)).text).toBe(
      `banned ${bob}`,
    );
    expect(describeEvent(member({ membership: "leave" }, { membership: "ban" }, bob)).text).toBe(
      `unbanned ${bob}`,
    );
  });

  it("says what a state event changed, and names a state type it does not know", () => {
    const state = (type: string, content: Record<string, unknown>) =>
      describeEvent(event({ type, state_key: "", content }));
    expect(state("m.room.name", { name: "Lobby" })).toEqual({
      kind: "state",
      text: "changed the name to “Lobby”",
    });
    expect(state("m.room.name", {}).text).toBe("removed the name");
    expect(state("m.room.topic", { topic: "Chat" }).text).toBe("changed the topic to “Chat”");
    expect(state("m.room.create", { type: "m.space" }).text).toBe("created the space");
    expect(state("m.room.encryption", { algorithm: "m.megolm.v1.aes-sha2" }).text).toBe(
      "turned on end-to-end encryption (m.megolm.v1.aes-sha2)",
    );
    expect(state("org.example.custom", { a: 1 }).text).toBe("set the org.example.custom state");
  });

  it("describes a redaction, a reaction and an unknown event type", () => {
    expect(
      describeEvent(event({ type: "m.room.redaction", redacts: "$x", content: { reason: "oops" } }))
        .text,
    ).toBe("redacted $x (reason: oops)");
    expect(
      describeEvent(event({ type: "m.reaction", content: { "m.relates_to": { key: "👍" } } })).text,
    ).toBe("reacted with 👍");
    expect(describeEvent(event({ type: "org.example.ping" }))).toEqual({
      kind: "other",
      text: "sent a org.example.ping event",
    });
  });
});
