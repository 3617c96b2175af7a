import { describe, expect, it } from "vitest";
import type { ConsoleEvent } from "./console-event";
import { deliveryTxnId, roomNoticeContent } from "./room-notice";

const event: ConsoleEvent = {
  id: "audit:42",
  action: "user.deactivate",
  outcome: "success",
  actor: "@admin:example.org",
  target: { type: "user", id: "@bob:example.org" },
  at: "2026-12-04T10:00:00.000Z",
  summary: "@admin:example.org deactivated @bob:example.org.",
  error: null,
  jobKind: null,
  runId: null,
  requestId: "4f7c3f6e-1c1e-4f55-9d55-3b8a2f1c0a11",
  detail: null,
};

describe("roomNoticeContent", () => {
  it("is an m.notice with the sentence as body and the event under the namespaced key", () => {
    expect(roomNoticeContent(event)).toEqual({
      msgtype: "m.notice",
      body: "@admin:example.org deactivated @bob:example.org.",
      "org.synapse_console.notification": {
        schema: "org.synapse_console.notification.v1",
        ...event,
      },
    });
  });
});

describe("deliveryTxnId", () => {
  it("is the same for every attempt of a delivery and new for each redelivery", () => {
    expect(deliveryTxnId({ id: 7n, redeliveries: 0 })).toBe(
      deliveryTxnId({ id: 7n, redeliveries: 0 }),
    );
    expect(deliveryTxnId({ id: 7n, redeliveries: 1 })).not.toBe(
      deliveryTxnId({ id: 7n, redeliveries: 0 }),
    );
  });
});
