import { describe, expect, it } from "vitest";
import { cleanupCutoff, mediaCleanupParamsSchema } from "@/lib/schemas/media-cleanup";
import { cleanupQuery, readCleanupForm } from "./cleanup-form";

describe("the clean-up forms as the URL holds them", () => {
  it("reads nothing when no clean-up form was sent, and an empty form as not yet filled in", () => {
    expect(readCleanupForm({})).toBeNull();
    expect(readCleanupForm({ cleanup: "everything" })).toBeNull();
    expect(readCleanupForm({ cleanup: "local" })?.reading).toEqual({ state: "none" });
  });

  it("turns days, megabytes and the avatar box into a local clean-up's parameters", () => {
    const form = readCleanupForm({ cleanup: "local", days: "90", size_mb: "5.5", avatars: "on" });
    expect(form?.reading).toEqual({
      state: "ok",
      params: {
        target: "local",
        olderThanDays: 90,
        largerThanBytes: 5_500_000,
        keepProfiles: false,
      },
    });
    const keep = readCleanupForm({ cleanup: "local", before: "2026-01-31" });
    expect(keep?.reading).toEqual({
      state: "ok",
      params: { target: "local", before: "2026-01-31", largerThanBytes: 0, keepProfiles: true },
    });
  });

  it("refuses days and a date together, bad numbers and early dates, under their fields", () => {
    const both = readCleanupForm({ cleanup: "remote_cache", days: "3", before: "2026-01-31" });
    expect(both?.reading).toMatchObject({
      state: "refused",
      errors: { days: "and a date cannot both be given" },
    });
    const bad = readCleanupForm({ cleanup: "local", days: "ten", size_mb: "-1" });
    expect(bad?.reading).toMatchObject({
      state: "refused",
      errors: { days: "must be a number", sizeMb: "must be a number" },
    });
    const early = readCleanupForm({ cleanup: "remote_cache", before: "1970-06-01" });
    expect(early?.reading).toMatchObject({
      state: "refused",
      errors: { before: "must be 1971-01-01 or later" },
    });
    const zero = readCleanupForm({ cleanup: "remote_cache", days: "0" });
    expect(zero?.reading).toMatchObject({ errors: { days: "must be at least 1 day" } });
  });

  it("writes the form back as a link, leaving out what the remote purge has no field for", () => {
    const values = { days: "30", before: "", sizeMb: "2", avatars: true };
    expect(cleanupQuery("local", values)).toBe("?cleanup=local&days=30&size_mb=2&avatars=on");
    expect(cleanupQuery("remote_cache", values)).toBe("?cleanup=remote_cache&days=30");
  });
});

describe("the clean-up parameters a saved job keeps", () => {
  it("refuses unknown fields and a size field on the remote purge", () => {
    expect(
      mediaCleanupParamsSchema.safeParse({
        target: "remote_cache",
        olderThanDays: 3,
        largerThanBytes: 1,
      }).success,
    ).toBe(false);
    expect(
      mediaCleanupParamsSchema.safeParse({ target: "local", olderThanDays: 3, extra: 1 }).success,
    ).toBe(false);
    expect(mediaCleanupParamsSchema.safeParse({ target: "local" }).success).toBe(false);
  });

  it("counts days back from now and reads a date as midnight UTC", () => {
    const now = Date.parse("2026-12-02T12:00:00Z");
    expect(cleanupCutoff({ target: "remote_cache", olderThanDays: 2 }, now)).toBe(
      Date.parse("2026-11-30T12:00:00Z"),
    );
    expect(cleanupCutoff({ target: "remote_cache", before: "2026-11-01" }, now)).toBe(
      Date.parse("2026-11-01T00:00:00Z"),
    );
  });
});
