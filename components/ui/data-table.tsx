import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "./table";

type DataTableProps<Row> = {
  /** The table's accessible name. */
  label: string;
  columns: readonly string[];
  rows: readonly Row[];
  /** Said in place of the rows when there are none. */
  empty: string;
  /** Where `empty` is said: a row under the header (the default), or a line instead of the table. */
  emptyAs?: "row" | "text";
  /** One <TableRow> per row, its cells in the order of `columns`. */
  renderRow: (row: Row, index: number) => ReactNode;
};

/** A table with a header of column names, its rows, and a line saying so when there are none. */
export function DataTable<Row>({
  label,
  columns,
  rows,
  empty,
  emptyAs = "row",
  renderRow,
}: DataTableProps<Row>) {
  if (rows.length === 0 && emptyAs === "text")
    return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHead key={column}>{column}</TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={columns.length} className="text-muted-foreground">
              {empty}
            </TableCell>
          </TableRow>
        ) : (
          rows.map(renderRow)
        )}
      </TableBody>
    </Table>
  );
}
