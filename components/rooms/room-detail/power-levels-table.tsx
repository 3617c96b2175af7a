import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { PowerLevels } from "./power-levels";
import type { PowerThreshold } from "./power-thresholds";

type Props = { levels: PowerLevels; thresholds: PowerThreshold[] };

/** The room's power levels: who has which level, and what each action needs. */
export function PowerLevelsTable({ levels, thresholds }: Props) {
  const users = Object.entries(levels.users).sort(([, a], [, b]) => b - a);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Table aria-label="User power levels">
        <TableHeader>
          <TableRow>
            <TableHead>User</TableHead>
            <TableHead>Level</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map(([userId, level]) => (
            <TableRow key={userId}>
              <TableCell className="break-all">{userId}</TableCell>
              <TableCell>{level}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table aria-label="Required power levels">
        <TableHeader>
          <TableRow>
            <TableHead>Action or event</TableHead>
            <TableHead>Needs</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {thresholds.map((threshold) => (
            <TableRow key={threshold.label}>
              <TableCell>{threshold.label}</TableCell>
              <TableCell>{threshold.level}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
