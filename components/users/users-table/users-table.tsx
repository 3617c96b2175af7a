import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { SynapseUserListEntry } from "@/lib/synapse/user-schemas";
import { USER_COLUMNS, UserRow } from "./columns";

export function UsersTable({ users }: { users: SynapseUserListEntry[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {USER_COLUMNS.map((column) => (
            <TableHead key={column}>{column}</TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.length === 0 ? (
          <TableRow>
            <TableCell colSpan={USER_COLUMNS.length} className="text-muted-foreground">
              No users match.
            </TableCell>
          </TableRow>
        ) : (
          users.map((user) => <UserRow key={user.name} user={user} />)
        )}
      </TableBody>
    </Table>
  );
}
