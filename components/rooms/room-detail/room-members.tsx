import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { powerLevelOf, type PowerLevels } from "./power-levels";

export function RoomMembers({ members, levels }: { members: string[]; levels: PowerLevels }) {
  return (
    <DataTable
      label="Members"
      columns={["Member", "Power level"]}
      rows={members}
      empty="No members."
      emptyAs="text"
      renderRow={(userId) => (
        <TableRow key={userId}>
          <TableCell>{userId}</TableCell>
          <TableCell>{powerLevelOf(levels, userId)}</TableCell>
        </TableRow>
      )}
    />
  );
}
