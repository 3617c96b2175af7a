import { IntentLink } from "@/components/ui/intent-link";
import { PHONE_CELL, PHONE_FACT, PHONE_ROW } from "@/components/ui/phone-rows";
import { FREE_TEXT_LINE_CLASS, TableCell } from "@/components/ui/table";
import { formatTimestamp } from "@/components/users/format-time";
import { cn } from "@/lib/utils";

// What the report lists share (event reports, user reports, a room's reports). Below md each
// report is a compact block (ui/phone-rows.ts): its number, its reason, then the rest, each on a
// line, facts labelled.
export const REPORT_ROW = cn(PHONE_ROW, "max-md:grid-cols-2");
export const REPORT_WIDE_CELL = cn(PHONE_CELL, "max-md:col-span-2");
export const REPORT_FACT_CELL = cn(PHONE_FACT, "max-md:col-span-2 max-md:empty:hidden");

/** Free text on one line, narrower than elsewhere: the lists it is in have many columns. */
export const REPORT_LINE_CLASS = cn(FREE_TEXT_LINE_CLASS, "max-w-48");

/** The report's number, linking to its page. */
export function ReportNumberCell({ id, href }: { id: string; href: string }) {
  return (
    <TableCell className={cn("font-mono text-sm", PHONE_CELL)}>
      <IntentLink className="underline-offset-4 hover:underline" href={href}>
        #{id}
      </IntentLink>
    </TableCell>
  );
}

/** The reason on one line, or that none was given. */
export function ReasonCell({ reason }: { reason: string | null }) {
  return (
    <TableCell className={REPORT_WIDE_CELL}>
      {reason ? (
        <span className={REPORT_LINE_CLASS} title={reason} dir="auto">
          {reason}
        </span>
      ) : (
        <span className="text-muted-foreground">No reason given</span>
      )}
    </TableCell>
  );
}

/** Who reported it. */
export function ReporterCell({ userId }: { userId: string }) {
  return (
    <TableCell className={cn("font-mono text-xs", REPORT_FACT_CELL)} data-label="Reporter">
      {userId}
    </TableCell>
  );
}

/** When Synapse received it. */
export function ReceivedCell({ receivedTs }: { receivedTs: number }) {
  return (
    <TableCell className={cn("text-sm", REPORT_FACT_CELL)} data-label="Received">
      {formatTimestamp(receivedTs)}
    </TableCell>
  );
}
