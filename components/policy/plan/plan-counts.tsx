import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { countByKind, type PlanRow } from "./action-kinds";

/** How many actions of each kind the plan has, in the order they run. */
export function PlanCounts({ rows }: { rows: PlanRow[] }) {
  return (
    <DataTable
      label="Actions per kind"
      columns={["Kind", "Type", "Actions"]}
      rows={countByKind(rows)}
      empty="No actions."
      renderRow={(group) => (
        <TableRow key={group.type} data-testid="plan-count">
          <TableCell>{group.label}</TableCell>
          <TableCell className="font-mono text-xs">{group.type}</TableCell>
          <TableCell className="tabular-nums">{group.count}</TableCell>
        </TableRow>
      )}
    />
  );
}
