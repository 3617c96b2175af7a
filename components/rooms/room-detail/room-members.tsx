import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { powerLevelOf, type PowerLevels } from "./power-levels";

export function RoomMembers({ members, levels }: { members: string[]; levels: PowerLevels }) {
  if (members.length === 0) return <p className="text-sm text-muted-foreground">No members.</p>;
  return (
    <Table aria-label="Members">
      <TableHeader>
        <TableRow>
          <TableHead>Member</TableHead>
          <TableHead>Power level</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((userId) => (
          <TableRow key={userId}>
            <TableCell>{userId}</TableCell>
            <TableCell>{powerLevelOf(levels, userId)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
