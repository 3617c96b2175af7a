"use client";

import { useState } from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { SynapseUserListEntry } from "@/lib/synapse/user-schemas";
import { BulkActionsBar } from "./bulk-actions-bar";
import { USER_COLUMNS, UserRow } from "./columns";

export type BulkPermissions = { canOperate: boolean; canDeactivate: boolean };

/**
 * The users of one page. People who may change users can select rows and act on them together;
 * the selection is this page's own and is not kept in the URL.
 */
export function UsersTable({
  users,
  permissions,
}: {
  users: SynapseUserListEntry[];
  permissions: BulkPermissions;
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Only users still on the page count: after paging or a refresh others may have gone.
  const selectedIds = users.map((user) => user.name).filter((id) => selected.has(id));
  const allSelected = users.length > 0 && selectedIds.length === users.length;
  const selectable = permissions.canOperate;

  const toggle = (userId: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });
  const toggleAll = (on: boolean) =>
    setSelected(on ? new Set(users.map((user) => user.name)) : new Set());

  return (
    <div className="space-y-3">
      {selectable ? (
        <BulkActionsBar
          userIds={selectedIds}
          canDeactivate={permissions.canDeactivate}
          onClear={() => setSelected(new Set())}
        />
      ) : null}
      {/* Below md each user is a compact block (see UserRow); only "select all" stays of the head. */}
      <Table className="max-md:block">
        <TableHeader className={selectable ? "max-md:block" : "max-md:hidden"}>
          <TableRow className="max-md:flex">
            {selectable ? (
              <TableHead className="w-8 max-md:h-auto max-md:w-auto max-md:py-2">
                <label className="flex items-center gap-3">
                  <input
                    type="checkbox"
                    aria-label="Select all on this page"
                    checked={allSelected}
                    disabled={users.length === 0}
                    onChange={(event) => toggleAll(event.target.checked)}
                  />
                  <span className="md:hidden">Select all</span>
                </label>
              </TableHead>
            ) : null}
            {USER_COLUMNS.map((column) => (
              <TableHead key={column} className="max-md:hidden">
                {column}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
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
                        onSelectedChange: (on) => toggle(user.name, on),
                      }
                    : undefined
                }
              />
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
