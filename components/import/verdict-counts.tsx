import { IntentLink } from "@/components/ui/intent-link";
import type { VerdictCounts } from "@/lib/import/import-view";
import { VerdictBadge } from "./verdict-badge";

const ORDER = ["create", "update", "unchanged", "skipped", "conflict", "invalid", "failed"];

/** How many rows got each verdict, each a link to those rows. */
export function VerdictCounts({
  counts,
  hrefOf,
}: {
  counts: VerdictCounts;
  hrefOf: (verdict: string) => string;
}) {
  const shown = ORDER.filter((verdict) => (counts[verdict] ?? 0) > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-3 text-sm" aria-label="Rows by verdict">
      {shown.map((verdict) => (
        <li key={verdict} data-testid={`verdict-${verdict}`}>
          <IntentLink
            href={hrefOf(verdict)}
            className="inline-flex items-center gap-1.5 hover:underline"
          >
            <VerdictBadge verdict={verdict} /> {counts[verdict]!.toLocaleString("en")}
          </IntentLink>
        </li>
      ))}
    </ul>
  );
}
