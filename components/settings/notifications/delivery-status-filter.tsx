import { IntentLink } from "@/components/ui/intent-link";
import { buttonVariants } from "@/components/ui/button";
import { DELIVERY_STATUSES } from "@/lib/schemas/event-subscription";

type Status = (typeof DELIVERY_STATUSES)[number];

const LABELS: Record<Status | "all", string> = {
  all: "All",
  pending: "Pending",
  delivered: "Delivered",
  failed: "Failed",
};

/** The log's status filter as links, so the URL keeps it. */
export function DeliveryStatusFilter({
  current,
  hrefOf,
}: {
  current: Status | undefined;
  hrefOf: (status: Status | undefined) => string;
}) {
  return (
    <nav aria-label="Delivery status" className="flex flex-wrap gap-2">
      {(["all", ...DELIVERY_STATUSES] as const).map((status) => {
        const value = status === "all" ? undefined : status;
        const active = value === current;
        return (
          <IntentLink
            key={status}
            href={hrefOf(value)}
            aria-current={active ? "page" : undefined}
            className={buttonVariants({ variant: active ? "default" : "outline", size: "sm" })}
          >
            {LABELS[status]}
          </IntentLink>
        );
      })}
    </nav>
  );
}
