import type { JobKind } from "@/lib/generated/prisma/enums";
import { OUTBOX_OWN_ACTION, type ConsoleEvent } from "./console-event";

/** What a notification rule or a webhook listens for. */
export type EventFilter = {
  /** "" for every action. */
  actionPrefix: string;
  outcome: "any" | "success" | "failure";
  jobKind: JobKind | null;
  /** Events that ended before the subscription existed are not its business. */
  createdAt: Date;
};

/** Whether the event is one the filter asks for. */
export function matchesFilter(filter: EventFilter, event: ConsoleEvent): boolean {
  if (event.action === OUTBOX_OWN_ACTION) return false;
  if (!event.action.startsWith(filter.actionPrefix)) return false;
  if (filter.outcome !== "any" && event.outcome !== filter.outcome) return false;
  if (filter.jobKind && event.jobKind !== filter.jobKind) return false;
  return Date.parse(event.at) >= filter.createdAt.getTime();
}
