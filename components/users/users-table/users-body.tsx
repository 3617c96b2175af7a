"use client";

import { memo } from "react";
import { TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { SynapseUserListEntry } from "@/lib/synapse/user-schemas";
import { USER_COLUMNS, UserRow } from "./columns";

type Props = {
  users: SynapseUserListEntry[];
  /** With a checkbox per row; `selected` holds the checked users' IDs. */
  selectable: boolean;
  selected: ReadonlySet<string>;
  onToggle: (userId: string, on: boolean) => void;
};

/**
 * One page's rows. Memoised: showing a page drawn ahead, or the pager's next answer, must not
 * draw the 50 rows of each page again when nothing in them changed.
 */
export const UsersBody = memo(function UsersBody({ users, selectable, selected, onToggle }: Props) {
  return (
    <TableBody className="max-md:block">
      {users.length === 0 ? (
        <TableRow>
          <TableCell
            colSpan={USER_COLUMNS.length + (selectable ? 1 : 0)}
            className="text-muted-foreground"
          >
            No users match.
          </TableCell>
        </TableRow>
      ) : (
        users.map((user) => (
          <UserRow
            key={user.name}
            user={user}
            selection={
              selectable
                ? {
                    selected: selected.has(user.name),
                    onSelectedChange: (on) => onToggle(user.name, on),
                  }
                : undefined
            }
          />
        ))
      )}
    </TableBody>
  );
});
