import { describe, expect, it } from "vitest";
import { fitsNewJobLink, jobFormPreset, newJobHref } from "./job-form-preset";

const presetOf = (href: string) =>
  jobFormPreset(Object.fromEntries(new URL(href, "http://console.test").searchParams));

describe("links to the new-job form", () => {
  it("carry a kind, a name and parameters that the form reads back", () => {
    const href = newJobHref("policy_reconcile", "Policy drift report", { mode: "report" });
    expect(presetOf(href)).toEqual({
      kind: "policy_reconcile",
      name: "Policy drift report",
      params: '{"mode":"report"}',
    });
  });

  it("leave out parameters too long for a link instead of cutting their JSON", () => {
    const long = {
      rule: {
        onlyUsers: Array.from({ length: 100 }, (_, i) => `@bridge-user-number-${i}-*:example.org`),
      },
    };
    expect(fitsNewJobLink(long)).toBe(false);
    expect(fitsNewJobLink({ mode: "report" })).toBe(true);
    expect(presetOf(newJobHref("stale_device_cleanup", "Clean-up", long))).toEqual({
      kind: "stale_device_cleanup",
      name: "Clean-up",
    });
  });
});
