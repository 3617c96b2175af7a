import { Pager } from "@/components/ui/pager";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { ImportRowView } from "@/lib/import/import-view";
import { VerdictBadge } from "./verdict-badge";

type Props = {
  rows: ImportRowView[];
  page: number;
  hasNext: boolean;
  hrefOfPage: (page: number) => string;
};

/** A run's rows in file order: line, user, verdict and the reason or what was done. */
export function ImportRowsTable({ rows, page, hasNext, hrefOfPage }: Props) {
  if (rows.length === 0 && page === 1) {
    return <p className="text-sm text-muted-foreground">No rows here yet.</p>;
  }
  return (
    <div className="space-y-3">
      <Table data-testid="import-rows">
        <TableHeader>
          <TableRow>
            <TableHead className="w-20">Line</TableHead>
            <TableHead>User</TableHead>
            <TableHead className="w-28">Verdict</TableHead>
            <TableHead>Why, or what it does</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell className="font-mono">{row.line}</TableCell>
              <TableCell className="font-mono break-all">{row.userId}</TableCell>
              <TableCell>
                <VerdictBadge verdict={row.outcome} />
              </TableCell>
              <TableCell className="break-words whitespace-normal">{row.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Pager
        label="Rows"
        summary={`Page ${page}`}
        previousHref={page > 1 ? hrefOfPage(page - 1) : null}
        nextHref={hasNext ? hrefOfPage(page + 1) : null}
      />
    </div>
  );
}
