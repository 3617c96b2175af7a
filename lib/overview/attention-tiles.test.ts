import { describe, expect, it } from "vitest";
import { attentionTiles } from "./attention-tiles";
import type { Attention } from "./find-attention";

const now = new Date("2026-12-03T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

const calm: Attention = {
  eventReports: { value: 0 },
  staleDevices: { value: { snapshotAt: hoursAgo(2), devices: 0, users: 0 } },
  tokens: { value: { due: 0, failed: 0, overdueRevocations: 0 } },
  jobs: { value: { failed: 0, waiting: 0 } },
  drift: { value: { actionCount: 0, checkedAt: hoursAgo(3), runId: "run-1", planId: "plan-1" } },
};

const said = (attention: Attention) =>
  attentionTiles(attention, now).map(({ id, count, sentence, tone, href }) => ({
    id,
    count,
    sentence,
    tone,
    href,
  }));

describe("the overview's tiles", () => {
  it("say all is well when nothing needs a look", () => {
    expect(said(calm)).toEqual([
      {
        id: "reports",
        count: 0,
        sentence: "No open event reports",
        tone: "calm",
        href: "/reports",
      },
      {
        id: "devices",
        count: 0,
        sentence: "No stale devices in the snapshot taken 2 hours ago",
        tone: "calm",
        href: "/devices?staleDays=90&staleKeep=1",
      },
      { id: "tokens", count: 0, sentence: "Nothing due", tone: "calm", href: "/tokens?due=1" },
      { id: "jobs", count: 0, sentence: "No failed or waiting runs", tone: "calm", href: "/jobs" },
      {
        id: "policy",
        count: 0,
        sentence: "In sync when checked 3 hours ago",
        tone: "calm",
        href: "/policy",
      },
    ]);
  });

  it("count what needs a look in one sentence each, the drift leading to its plan", () => {
    const tiles = said({
      eventReports: { value: 1 },
      staleDevices: { value: { snapshotAt: hoursAgo(2), devices: 12, users: 4 } },
      tokens: { value: { due: 2, failed: 1, overdueRevocations: 1 } },
      jobs: { value: { failed: 1, waiting: 2 } },
      drift: {
        value: { actionCount: 5, checkedAt: hoursAgo(1), runId: "run-1", planId: "plan-1" },
      },
    });
    expect(tiles.map(({ count, sentence, tone }) => [count, sentence, tone])).toEqual([
      [1, "1 open event report", "warning"],
      [12, "12 stale devices of 4 users in the snapshot taken 2 hours ago", "warning"],
      [
        3,
        "2 accounts due for rotation (1 whose last rotation failed), 1 overdue revocation",
        "warning",
      ],
      [3, "1 failed run in the last 7 days, 2 runs waiting", "warning"],
      [5, "5 actions of drift, found 1 hour ago", "warning"],
    ]);
    expect(tiles[4]?.href).toBe("/policy/plans/plan-1");
  });

  it("say what has not been checked yet, and why a source could not be read, without a count", () => {
    const tiles = said({
      ...calm,
      eventReports: { problem: "Synapse did not answer (connection refused)." },
      staleDevices: { value: null },
      drift: { value: null },
    });
    expect(tiles.filter((tile) => tile.count === null)).toEqual([
      {
        id: "reports",
        count: null,
        sentence: "Could not read: Synapse did not answer (connection refused).",
        tone: "problem",
        href: "/reports",
      },
      {
        id: "devices",
        count: null,
        sentence: "No device snapshot yet",
        tone: "unknown",
        href: "/devices",
      },
      {
        id: "policy",
        count: null,
        sentence: "No reconcile has compared Synapse with the policy yet",
        tone: "unknown",
        href: "/policy",
      },
    ]);
  });
});
