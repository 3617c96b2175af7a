import { DEFAULT_STALE_HREF, DEFAULT_STALE_RULE } from "@/lib/devices/default-stale-rule";
import type { StaleSummary } from "@/lib/devices/stale-summary";
import { countOf } from "@/lib/format/count";
import { formatRelativeTime } from "@/lib/format/relative-time";
import { FAILED_RUN_DAYS, type TroubledRuns } from "@/lib/jobs/troubled-runs";
import type { Drift } from "@/lib/policy/drift";
import type { TokenAttention } from "@/lib/tokens/rotation-due";
import type { Attention, Reading } from "./find-attention";

/** calm: nothing to do; warning: something to look at; unknown: not checked yet; problem: unreadable. */
export type TileTone = "calm" | "warning" | "unknown" | "problem";

export type AttentionTile = {
  id: "reports" | "devices" | "tokens" | "jobs" | "policy";
  title: string;
  /** Null when there is nothing to count (no snapshot, no reconcile yet, not readable). */
  count: number | null;
  /** The one line that answers "is anything wrong here?". */
  sentence: string;
  detail?: string;
  tone: TileTone;
  /** The page that lists what was counted. */
  href: string;
};

type Base = Pick<AttentionTile, "id" | "title" | "href">;
/** What a source's value says; `href` only where it leads somewhere more precise than the base. */
type Figures = Pick<AttentionTile, "count" | "sentence" | "tone" | "detail"> & { href?: string };

/** A tile's figures, or what it says when its source could not be read. */
function tileOf<T>(
  reading: Reading<T>,
  base: Base,
  describe: (value: T) => Figures,
): AttentionTile {
  if ("problem" in reading)
    return {
      ...base,
      count: null,
      sentence: `Could not read: ${reading.problem}`,
      tone: "problem",
    };
  return { ...base, ...describe(reading.value) };
}

const warnIf = (count: number): TileTone => (count > 0 ? "warning" : "calm");

function reportsTile(total: number): Figures {
  return {
    count: total,
    sentence: total === 0 ? "No open event reports" : countOf(total, "open event report"),
    tone: warnIf(total),
  };
}

function devicesTile(summary: StaleSummary | null, now: Date): Figures {
  const rule = `Last used more than ${countOf(DEFAULT_STALE_RULE.olderThanDays, "day")} ago; each user keeps their most recent device.`;
  if (!summary)
    return {
      count: null,
      sentence: "No device snapshot yet",
      detail: "A device scan on the Devices page takes one.",
      tone: "unknown",
      href: "/devices",
    };
  const taken = `in the snapshot taken ${formatRelativeTime(summary.snapshotAt, now)}`;
  return {
    count: summary.devices,
    sentence:
      summary.devices === 0
        ? `No stale devices ${taken}`
        : `${countOf(summary.devices, "stale device")} of ${countOf(summary.users, "user")} ${taken}`,
    detail: rule,
    tone: warnIf(summary.devices),
  };
}

function tokensTile({ due, failed, overdueRevocations }: TokenAttention): Figures {
  const parts = [
    due > 0
      ? `${countOf(due, "account")} due for rotation${failed > 0 ? ` (${failed} whose last rotation failed)` : ""}`
      : null,
    overdueRevocations > 0 ? countOf(overdueRevocations, "overdue revocation") : null,
  ].filter((part) => part !== null);
  return {
    count: due + overdueRevocations,
    sentence: parts.length === 0 ? "Nothing due" : parts.join(", "),
    tone: warnIf(due + overdueRevocations),
  };
}

function jobsTile({ failed, waiting }: TroubledRuns): Figures {
  const parts = [
    failed > 0 ? `${countOf(failed, "failed run")} in the last ${FAILED_RUN_DAYS} days` : null,
    waiting > 0 ? `${countOf(waiting, "run")} waiting` : null,
  ].filter((part) => part !== null);
  return {
    count: failed + waiting,
    sentence: parts.length === 0 ? "No failed or waiting runs" : parts.join(", "),
    tone: warnIf(failed + waiting),
  };
}

function policyTile(drift: Drift | null, now: Date): Figures {
  if (!drift)
    return {
      count: null,
      sentence: "No reconcile has compared Synapse with the policy yet",
      tone: "unknown",
    };
  const when = formatRelativeTime(drift.checkedAt, now);
  if (drift.actionCount === 0)
    return { count: 0, sentence: `In sync when checked ${when}`, tone: "calm" };
  return {
    count: drift.actionCount,
    sentence: `${countOf(drift.actionCount, "action")} of drift, found ${when}`,
    tone: "warning",
    // The plan the reconcile made lists the actions.
    href: `/policy/plans/${drift.planId}`,
  };
}

/** The overview's tiles, in the order they are shown, each linking to the page that lists them. */
export function attentionTiles(attention: Attention, now: Date): AttentionTile[] {
  return [
    tileOf(
      attention.eventReports,
      { id: "reports", title: "Event reports", href: "/reports" },
      reportsTile,
    ),
    tileOf(
      attention.staleDevices,
      { id: "devices", title: "Stale devices", href: DEFAULT_STALE_HREF },
      (summary) => devicesTile(summary, now),
    ),
    tileOf(attention.tokens, { id: "tokens", title: "Tokens", href: "/tokens?due=1" }, tokensTile),
    tileOf(attention.jobs, { id: "jobs", title: "Job runs", href: "/jobs" }, jobsTile),
    tileOf(attention.drift, { id: "policy", title: "Policy drift", href: "/policy" }, (drift) =>
      policyTile(drift, now),
    ),
  ];
}
