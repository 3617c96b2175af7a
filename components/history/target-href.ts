import { destinationHref } from "@/components/federation/destinations-table/columns";
import { roomHref } from "@/components/rooms/room-href";
import { userHref } from "@/components/users/users-table/columns";
import { serverNameSchema } from "@/lib/schemas/matrix-id";
import { isUuid } from "@/lib/schemas/uuid";

type Target = { action?: string; targetType: string | null; targetId: string | null };

/**
 * The homeserver's lists and parts that entries name, each with the page that shows it: an export
 * of the users list is about /users, not about the connection settings.
 */
const HOMESERVER_PAGES: Record<string, string> = {
  users: "/users",
  rooms: "/rooms",
  "registration tokens": "/users/registration-tokens",
  "background updates": "/server",
  "local media": "/media/cleanup",
  "remote media cache": "/media/cleanup",
};

/** The console's own targets that have a page of their own (the rest are named only). */
const CONSOLE_PAGES: Record<string, string> = {
  policy: "/policy",
  device_scan: "/devices",
  stale_device_revoke: "/devices",
  "users-bulk": "/users",
  lifecycle: "/policy/lifecycle",
  history: "/history",
  audit_verify: "/history",
  media_cleanup: "/media/cleanup",
};

/** Prefixed targets of the notifications page: a webhook or a rule by name or ID, a delivery. */
const NOTIFICATION_TARGET = /^(webhook|notification-rule|delivery):/;

/**
 * The page of a homeserver target: one of its lists or parts, the connection (named by its URL),
 * whose page is the settings, or, for a federation action, the destination (a server name).
 */
function homeserverHref(targetId: string, action: string | undefined): string | null {
  const page = HOMESERVER_PAGES[targetId];
  if (page) return page;
  if (/^https?:\/\//.test(targetId)) return "/settings";
  if (action?.startsWith("federation.") && serverNameSchema.safeParse(targetId).success) {
    return destinationHref(targetId);
  }
  return null;
}

/**
 * The page of what an entry changed, or null when it has none: a user or a room (by ID; a room
 * asked for by alias or not created yet has no page), a list or part of the homeserver, a person's
 * console role, a job or job run.
 */
export function targetHref({ action, targetType, targetId }: Target): string | null {
  if (!targetId) return null;
  if (targetType === "user" && targetId.startsWith("@")) return userHref(targetId);
  if (targetType === "room" && targetId.startsWith("!")) return roomHref(targetId);
  if (targetType === "homeserver") return homeserverHref(targetId, action);
  if (targetType !== "console") return null;
  if (targetId.startsWith("@")) return userHref(targetId);
  // An API token is named by its ID when revoked: a UUID like a job's, but listed in the settings.
  if (action?.startsWith("api_token.")) return "/settings";
  const run = /^job-run:(.+)$/.exec(targetId)?.[1];
  if (run && isUuid(run)) return `/jobs/runs/${run}`;
  if (NOTIFICATION_TARGET.test(targetId)) return "/settings/notifications";
  if (isUuid(targetId)) return `/jobs/${targetId}`;
  return CONSOLE_PAGES[targetId] ?? null;
}
