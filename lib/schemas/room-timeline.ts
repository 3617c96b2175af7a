import { z } from "zod";
import { firstValues, type SearchParams } from "./search-params";

export const TIMELINE_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_TIMELINE_PAGE_SIZE = 50;

/** Which events the timeline lists: everything, or what people wrote (encrypted included). */
export const TIMELINE_SHOW = ["all", "messages"] as const;
export type TimelineShow = (typeof TIMELINE_SHOW)[number];

/** Synapse's event filter for each choice; none for all. */
export const TIMELINE_FILTERS: Record<TimelineShow, Record<string, unknown> | undefined> = {
  all: undefined,
  messages: { types: ["m.room.message", "m.room.encrypted", "m.sticker"] },
};

// Synapse's room stream tokens look like "t13-14_0_0_0_0_0_0_0_0_0_0_0_0_0" or "s72594_4483_1934":
// anything else in a shared or hand-edited URL is dropped instead of reaching Synapse.
const tokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.~-]{1,500}$/)
  .optional()
  .catch(undefined);
// An event ID as Synapse writes them ("$" and base64, or "$x:server" in old room versions).
const eventIdSchema = z
  .string()
  .regex(/^\$[A-Za-z0-9+/=_.:-]{1,255}$/)
  .optional()
  .catch(undefined);
/** A moment in ms, between 1970 and year 10000. */
const atSchema = z.coerce
  .number()
  .int()
  .min(0)
  .max(253_402_300_799_999)
  .optional()
  .catch(undefined);

/** The timeline page's state as it lives in the URL. */
export const timelineSearchSchema = z.object({
  /** A token from Synapse: the page starts there. */
  from: tokenSchema,
  /** With `from`: "b" shows older events, "f" newer ones; always shown newest first. */
  dir: z.enum(["b", "f"]).catch("b"),
  /** Jump to a date: the last event at or before this moment (ms) heads the page. */
  at: atSchema,
  /** The page shows the events around this one (a reported event, say). */
  event: eventIdSchema,
  show: z.enum(TIMELINE_SHOW).catch("all"),
  limit: z.coerce
    .number()
    .refine((n) => (TIMELINE_PAGE_SIZES as readonly number[]).includes(n))
    .catch(DEFAULT_TIMELINE_PAGE_SIZE),
});
export type TimelineSearch = z.output<typeof timelineSearchSchema>;

export function parseTimelineSearch(raw: SearchParams): TimelineSearch {
  return timelineSearchSchema.parse(firstValues(raw));
}

/** Where the page starts: the newest events, a token, a date or an event (one at a time). */
export type TimelineAnchor =
  | { kind: "newest" }
  | { kind: "token"; from: string; dir: "b" | "f" }
  | { kind: "date"; at: number }
  | { kind: "event"; eventId: string };

/** A token wins over a date, a date over an event: links made by paging carry only the token. */
export function timelineAnchor(search: TimelineSearch): TimelineAnchor {
  if (search.from) return { kind: "token", from: search.from, dir: search.dir };
  if (search.at !== undefined) return { kind: "date", at: search.at };
  if (search.event) return { kind: "event", eventId: search.event };
  return { kind: "newest" };
}

/** The timeline's URL for a room, keeping the view's filter and page size, with defaults left out. */
export function timelineHref(
  roomId: string,
  view: Pick<TimelineSearch, "show" | "limit">,
  anchor: TimelineAnchor = { kind: "newest" },
): string {
  const query = new URLSearchParams();
  if (anchor.kind === "token") {
    query.set("from", anchor.from);
    if (anchor.dir !== "b") query.set("dir", anchor.dir);
  }
  if (anchor.kind === "date") query.set("at", String(anchor.at));
  if (anchor.kind === "event") query.set("event", anchor.eventId);
  if (view.show !== "all") query.set("show", view.show);
  if (view.limit !== DEFAULT_TIMELINE_PAGE_SIZE) query.set("limit", String(view.limit));
  const text = query.toString();
  return `/rooms/${encodeURIComponent(roomId)}/timeline${text ? `?${text}` : ""}`;
}
