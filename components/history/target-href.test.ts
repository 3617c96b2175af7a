import { describe, expect, it } from "vitest";
import { targetHref } from "./target-href";

const console = (targetId: string) => targetHref({ targetType: "console", targetId });
const uuid = "3f2a6c1e-8b7d-4e2f-9a1c-5d6e7f8a9b0c";

describe("the page of an entry's console target", () => {
  it("sends a job by its bare ID to its page, and a run to the run's", () => {
    expect(console(uuid)).toBe(`/jobs/${uuid}`);
    expect(console(`job-run:${uuid}`)).toBe(`/jobs/runs/${uuid}`);
  });

  it("sends webhooks, notification rules and deliveries to the notifications page, not to a job", () => {
    for (const target of [
      `webhook:${uuid}`,
      "webhook:Hook name",
      `notification-rule:${uuid}`,
      "delivery:42",
    ]) {
      expect(console(target)).toBe("/settings/notifications");
    }
  });

  it("sends the lifecycle settings to their page", () => {
    expect(console("lifecycle")).toBe("/policy/lifecycle");
  });
});
