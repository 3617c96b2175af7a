import { IntentLink } from "@/components/ui/intent-link";
import { buttonVariants } from "@/components/ui/button";
import { timelineHref, type TimelineSearch, type TimelineShow } from "@/lib/schemas/room-timeline";

const LABELS: Record<TimelineShow, string> = { all: "All events", messages: "Messages only" };

/** All events or messages only: a change starts again from the newest, since tokens are per filter. */
export function TimelineViewLinks({ roomId, search }: { roomId: string; search: TimelineSearch }) {
  return (
    <nav aria-label="Events shown" className="flex gap-2">
      {(Object.keys(LABELS) as TimelineShow[]).map((show) => (
        <IntentLink
          key={show}
          href={timelineHref(roomId, { show, limit: search.limit })}
          aria-current={search.show === show ? "page" : undefined}
          className={buttonVariants({
            variant: search.show === show ? "secondary" : "ghost",
            size: "sm",
          })}
        >
          {LABELS[show]}
        </IntentLink>
      ))}
    </nav>
  );
}
