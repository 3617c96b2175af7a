import { describe, expect, it } from "vitest";
import type { ConsoleEvent } from "./console-event";
import { matchesFilter, type EventFilter } from "./event-match";

const event = (fields: Partial<ConsoleEvent> = {}): ConsoleEvent => ({
  id: "audit:1",
  action: "user.deactivate",
  outcome: "success",
  actor: "@admin:example.org",
  target: { type: "user", id: "@bob:example.org" },
  at: "2026-12-04T10:00:00.000Z",
  summary: "@admin:example.org deactivated @bob:example.org.",
  error: null,
  jobKind: null,
  runId: null,
  requestId: null,
  detail: null,
  ...fields,
});

const filter = (fields: Partial<EventFilter> = {}): EventFilter => ({
  actionPrefix: "",
  outcome: "any",
  jobKind: null,
  createdAt: new Date("2026-12-04T09:00:00.000Z"),
  ...fields,
});

describe("matchesFilter", () => {
  it("matches by action prefix", () => {
    expect(matchesFilter(filter({ actionPrefix: "user.deactivate" }), event())).toBe(true);
    expect(matchesFilter(filter({ actionPrefix: "user." }), event())).toBe(true);
    expect(matchesFilter(filter({ actionPrefix: "token." }), event())).toBe(false);
    expect(matchesFilter(filter({ actionPrefix: "" }), event({ action: "lifecycle.apply" }))).toBe(
      true,
    );
  });

  it("matches by outcome; unknown and cancelled only match any", () => {
    expect(matchesFilter(filter({ outcome: "failure" }), event())).toBe(false);
    expect(matchesFilter(filter({ outcome: "failure" }), event({ outcome: "failure" }))).toBe(true);
    expect(matchesFilter(filter({ outcome: "success" }), event({ outcome: "unknown" }))).toBe(
      false,
    );
    expect(matchesFilter(filter({ outcome: "any" }), event({ outcome: "cancelled" }))).toBe(true);
  });

  it("matches by job kind when the filter names one", () => {
    const run = event({ action: "job.finished", jobKind: "policy_reconcile" });
    expect(matchesFilter(filter({ jobKind: "policy_reconcile" }), run)).toBe(true);
    expect(matchesFilter(filter({ jobKind: "token_rotation" }), run)).toBe(false);
    expect(matchesFilter(filter({ jobKind: "token_rotation" }), event())).toBe(false);
  });

  it("ignores events that ended before the subscription was made", () => {
    const created = new Date("2026-12-04T10:00:00.001Z");
    expect(matchesFilter(filter({ createdAt: created }), event())).toBe(false);
  });

  it("never matches the outbox's own notice sends, even with an empty prefix", () => {
    expect(matchesFilter(filter(), event({ action: "notification.send" }))).toBe(false);
  });
});
