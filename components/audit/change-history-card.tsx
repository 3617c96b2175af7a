import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { AuditRow } from "@/lib/data/audit";
import { AuditTable } from "./audit-table";

/** A page's card of the audit entries about what it shows, newest first. */
export function ChangeHistoryCard({
  rows,
  title = "Change history",
}: {
  rows: AuditRow[];
  title?: string;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>
        <AuditTable rows={rows} />
      </CardContent>
    </Card>
  );
}
