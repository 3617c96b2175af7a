import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { PHONE_BLOCK, PHONE_HIDDEN_HEADER } from "./phone-rows";
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
  /**
   * Below md, draw the rows as compact blocks with no header (ui/phone-rows.ts); the rows then
   * place their cells and label their facts.
   */
  blocksOnPhone?: boolean;
};

/** A table with a header of column names, its rows, and a line saying so when there are none. */
export function DataTable<Row>({
  label,
  columns,
  rows,
  empty,
  emptyAs = "row",
  renderRow,
  blocksOnPhone = false,
}: DataTableProps<Row>) {
  if (rows.length === 0 && emptyAs === "text")
    return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <Table aria-label={label} className={cn(blocksOnPhone && PHONE_BLOCK)}>
      <TableHeader className={cn(blocksOnPhone && PHONE_HIDDEN_HEADER)}>
        <TableRow>
          {columns.map((column) => (
            <TableHead key={column}>{column}</TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody className={cn(blocksOnPhone && PHONE_BLOCK)}>
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
