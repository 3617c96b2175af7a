import { roomHref } from "@/components/rooms/room-href";
import { userHref } from "@/components/users/users-table/columns";
import { isUuid } from "@/lib/schemas/uuid";

type Target = { targetType: string | null; targetId: string | null };

/** The console's own targets that have a page of their own (the rest are named only). */
const CONSOLE_PAGES: Record<string, string> = {
  policy: "/policy",
  device_scan: "/devices",
  stale_device_revoke: "/devices",
  "users-bulk": "/users",
  lifecycle: "/policy/lifecycle",
};

/** Prefixed targets of the notifications page: a webhook or a rule by name or ID, a delivery. */
const NOTIFICATION_TARGET = /^(webhook|notification-rule|delivery):/;

/**
 * The page of what an entry changed, or null when it has none: a user or a room (by ID; a room
 * asked for by alias or not created yet has no page), a person's console role, a job or job run.
 */
export function targetHref({ targetType, targetId }: Target): string | null {
  if (!targetId) return null;
  if (targetType === "user" && targetId.startsWith("@")) return userHref(targetId);
  if (targetType === "room" && targetId.startsWith("!")) return roomHref(targetId);
  if (targetType === "homeserver") return "/settings";
  if (targetType !== "console") return null;
  if (targetId.startsWith("@")) return userHref(targetId);
  const run = /^job-run:(.+)$/.exec(targetId)?.[1];
  if (run && isUuid(run)) return `/jobs/runs/${run}`;
  if (NOTIFICATION_TARGET.test(targetId)) return "/settings/notifications";
  if (isUuid(targetId)) return `/jobs/${targetId}`;
  return CONSOLE_PAGES[targetId] ?? null;
}
