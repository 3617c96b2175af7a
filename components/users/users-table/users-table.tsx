"use client";

import { useCallback, useMemo, useState } from "react";
import { useRowLinks } from "@/components/ui/row-links";
import { Table, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageSlots } from "@/components/ui/paged-list/page-slots";
import type { ListPage } from "@/components/ui/paged-list/use-paged-list";
import { BulkActionsBar } from "./bulk-actions-bar";
import { USER_COLUMNS } from "./columns";
import { UsersBody } from "./users-body";
import type { UsersPage } from "@/lib/users/users-page-shape";

const NO_SELECTION: ReadonlySet<string> = new Set();
const NO_IDS: string[] = [];

export type BulkPermissions = { canOperate: boolean; canDeactivate: boolean };

type Props = {
  shown: ListPage<UsersPage>;
  /** The next page, drawn hidden so Next only reveals it. */
  upcoming: ListPage<UsersPage> | null;
  permissions: BulkPermissions;
};

/**
 * The users of one page. People who may change users can select rows and act on them together;
 * the selection is this page's own and is not kept in the URL.
 */
export function UsersTable({ shown, upcoming, permissions }: Props) {
  const users = shown.page.users;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [selectionPage, setSelectionPage] = useState(shown.href);
  if (selectionPage !== shown.href) {
    setSelectionPage(shown.href);
    // A new empty set would draw every row again for nothing.
    if (selected.size > 0) setSelected(new Set());
  }
  // Only users still on the page count: after paging or a refresh others may have gone. The same
  // empty list while none is checked, so the actions bar is not drawn again with each page.
  const selectedIds = useMemo(() => {
    const ids = users.map((user) => user.name).filter((id) => selected.has(id));
    return ids.length > 0 ? ids : NO_IDS;
  }, [users, selected]);
  const allSelected = users.length > 0 && selectedIds.length === users.length;
  const selectable = permissions.canOperate;
  const rowLinks = useRowLinks();

  const toggle = useCallback(
    (userId: string, on: boolean) =>
      setSelected((previous) => {
        const next = new Set(previous);
        if (on) next.add(userId);
        else next.delete(userId);
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  const toggleAll = (on: boolean) =>
    setSelected(on ? new Set(users.map((user) => user.name)) : new Set());

  return (
    <div className="space-y-3">
      {selectable ? (
        <BulkActionsBar
          userIds={selectedIds}
          canDeactivate={permissions.canDeactivate}
          onClear={clear}
        />
      ) : null}
      {/* Below md each user is a compact block (see UserRow); only "select all" stays of the head. */}
      <Table className="max-md:block" {...rowLinks}>
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
        <PageSlots
          shown={shown}
          upcoming={upcoming}
          render={(page, isShown) => (
            <UsersBody
              users={page.users}
              selectable={selectable}
              // The same empty set while nothing is checked: a page drawn ahead is then revealed
              // without drawing its rows again, and a checkbox redraws only the shown page.
              selected={isShown && selected.size > 0 ? selected : NO_SELECTION}
              onToggle={toggle}
            />
          )}
        />
      </Table>
    </div>
  );
}
