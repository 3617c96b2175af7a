import { describe, expect, it } from "vitest";
import { describeMediaCleanupResult } from "./cleanup-result-words";
import { describeLocalEstimate, describeRemoteEstimate } from "./cleanup-wording";

const cutoff = Date.parse("2026-11-01T00:00:00Z");
const local = {
  target: "local" as const,
  before: "2026-11-01",
  largerThanBytes: 5_000_000,
  keepProfiles: true,
};

describe("the dry run's words", () => {
  it("gives the statistics' count as a ceiling and says why it is not exact", () => {
    const words = describeLocalEstimate(local, cutoff, {
      media: 12,
      bytes: 48_000_000,
      users: 3,
      usersTotal: 3,
      complete: true,
    });
    expect(words.headline).toBe(
      "At most 12 local files (48 MB) can be deleted: that many were uploaded before 2026-11-01 00:00 UTC, by 3 users.",
    );
    expect(words.notes[0]).toBe(
      "Synapse deletes local media not used since 2026-11-01 00:00 UTC, larger than 5 MB; avatars of users and rooms are kept, and so are quarantined and protected media.",
    );
    expect(words.notes[1]).toMatch(/^This is a ceiling, not a count: Synapse has no dry run/);
    expect(words.notes).toHaveLength(2);
  });

  it("says when nothing can go, and when only some uploaders were read", () => {
    const none = { media: 0, bytes: 0, users: 0, usersTotal: 0, complete: true };
    expect(describeLocalEstimate(local, cutoff, none).headline).toBe(
      "Nothing to delete: no local media were uploaded before 2026-11-01 00:00 UTC.",
    );
    const part = { media: 9, bytes: 9, users: 10_000, usersTotal: 12_000, complete: false };
    expect(describeLocalEstimate(local, cutoff, part).notes.at(-1)).toBe(
      "Only the first 10,000 users with media were read, of 12,000; the ceiling is higher.",
    );
  });

  it("says plainly that the remote purge cannot be counted before it runs", () => {
    const words = describeRemoteEstimate(cutoff);
    expect(words.headline).toBe("No count is possible before the purge runs.");
    expect(words.notes[1]).toMatch(/admin API lists no cached remote media/);
  });
});

describe("a finished run's words", () => {
  it("names what was deleted and what the counts before and after were", () => {
    const words = describeMediaCleanupResult({
      target: "local",
      cutoff: "2026-11-01T00:00:00.000Z",
      deleted: 2,
      before: { media: 5, bytes: 15_000_000, complete: true },
      after: { media: 3, bytes: 3_000, complete: true },
      skippedAsDone: 0,
    });
    expect(words).toEqual({
      headline: "Deleted 2 local files not used since 2026-11-01 00:00 UTC",
      notes: [
        "Before the run, 5 local files (15 MB) had been uploaded before the cut-off.",
        "After it, 3 local files (3 KB) from before the cut-off remain: used since, not larger than the size asked for, avatars kept, quarantined or protected.",
      ],
    });
    expect(
      describeMediaCleanupResult({
        target: "remote_cache",
        cutoff: "2026-11-01T00:00:00.000Z",
        deleted: 0,
        before: null,
        after: null,
        skippedAsDone: 0,
      }).headline,
    ).toBe("Purged 0 cached remote files not used since 2026-11-01 00:00 UTC");
  });
});
