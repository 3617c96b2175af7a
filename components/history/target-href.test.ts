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

describe("the page of an entry about a list or a part of the homeserver", () => {
  const homeserver = (targetId: string, action?: string) =>
    targetHref({ action, targetType: "homeserver", targetId });

  it("sends an export of the users or rooms list to that list, not to the settings", () => {
    expect(homeserver("users", "users.export")).toBe("/users");
    expect(homeserver("rooms", "rooms.export")).toBe("/rooms");
  });

  it("sends the homeserver's other lists and parts to their pages", () => {
    expect(homeserver("registration tokens", "registration_token.create")).toBe(
      "/users/registration-tokens",
    );
    expect(homeserver("background updates")).toBe("/server");
    expect(homeserver("local media")).toBe("/media/cleanup");
    expect(homeserver("remote media cache")).toBe("/media/cleanup");
  });

  it("sends the connection to the settings and a federation destination to its page", () => {
    expect(homeserver("https://matrix.example.org")).toBe("/settings");
    expect(homeserver("other.example:8448", "federation.reset_connection")).toBe(
      "/federation/other.example%3A8448",
    );
  });

  it("links nothing it does not know, rather than a page about something else", () => {
    expect(homeserver("something new")).toBeNull();
    // A one-word name has a server name's shape: only a federation action makes it a destination.
    expect(homeserver("statistics", "media.statistics")).toBeNull();
    expect(homeserver("statistics")).toBeNull();
  });

  it("sends an export of the History, and a check of its chain, to the History", () => {
    expect(
      targetHref({ action: "history.export", targetType: "console", targetId: "history" }),
    ).toBe("/history");
    expect(console("audit_verify")).toBe("/history");
  });

  it("sends a revoked API token to the settings that list it, not to a job of the same shape", () => {
    expect(targetHref({ action: "api_token.revoke", targetType: "console", targetId: uuid })).toBe(
      "/settings",
    );
  });
});
