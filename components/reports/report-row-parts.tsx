import { PHONE_CELL, PHONE_FACT, PHONE_ROW } from "@/components/ui/phone-rows";
import { FREE_TEXT_LINE_CLASS } from "@/components/ui/table";
import { cn } from "@/lib/utils";

// What the event and user report lists share. Below md each report is a compact block
// (ui/phone-rows.ts): its number, its reason, then the rest, each on a line, facts labelled.
export const REPORT_ROW = cn(PHONE_ROW, "max-md:grid-cols-2");
export const REPORT_WIDE_CELL = cn(PHONE_CELL, "max-md:col-span-2");
export const REPORT_FACT_CELL = cn(PHONE_FACT, "max-md:col-span-2 max-md:empty:hidden");

/**
 * What a report's reason cell shows: the reason on one line (narrower than other free text: the
 * lists it is in have many columns), or that none was given.
 */
export function ReasonText({ reason }: { reason: string | null }) {
  if (!reason) return <span className="text-muted-foreground">No reason given</span>;
  return (
    <span className={cn(FREE_TEXT_LINE_CLASS, "max-w-48")} title={reason} dir="auto">
      {reason}
    </span>
  );
}
