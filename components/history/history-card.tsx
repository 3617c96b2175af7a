import { IntentLink } from "@/components/ui/intent-link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { HistoryRow } from "@/lib/data/audit-history";
import { HistoryTable } from "./history-table";

type Props = {
  title: string;
  /** The newest entries about what the page shows. */
  rows: HistoryRow[];
  /** The History filtered to the same entries, where the rest of them are. */
  allHref: string;
};

/** A page's card of its own history, newest first, with the way to the full list. */
export function HistoryCard({ title, rows, allHref }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>
          <IntentLink className="underline" href={allHref}>
            See all in History
          </IntentLink>
        </CardDescription>
      </CardHeader>
      <CardContent>
        <HistoryTable rows={rows} empty="Nothing has been changed yet." />
      </CardContent>
    </Card>
  );
}
