import { Badge } from "@/components/ui/badge";
import type { HistoryRow } from "@/lib/data/audit-history";

const OUTCOME_BADGE = {
  success: { variant: "success", label: "success" },
  failure: { variant: "destructive", label: "failed" },
  // Swept: the process stopped between the change and its outcome, so nobody knows if it happened.
  unknown: { variant: "warning", label: "unknown: process stopped" },
  pending: { variant: "outline", label: "in progress" },
} as const;

/** How an entry ended; a failure's message shows on hover. */
export function OutcomeBadge({ row }: { row: Pick<HistoryRow, "outcome" | "errorMessage"> }) {
  const badge = OUTCOME_BADGE[row.outcome];
  return (
    <Badge variant={badge.variant} title={row.errorMessage ?? undefined}>
      {badge.label}
    </Badge>
  );
}
