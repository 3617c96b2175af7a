"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { useState } from "react";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SynapseLocalMedia, UserMediaOrderBy } from "@/lib/synapse/media";
import { UserMediaActions, type UserMediaPermissions } from "./user-media-actions";
import { UserMediaRow } from "./user-media-row";

/** A sortable column header: a link made on the server, so sorting is URL state done by Synapse. */
export type UserMediaSortLink = {
  key: UserMediaOrderBy;
  label: string;
  href: string;
  /** The direction this column sorts in now; null when the list is sorted by another. */
  active: "asc" | "desc" | null;
};

type Props = {
  userId: string;
  files: SynapseLocalMedia[];
  sortLinks: UserMediaSortLink[];
  permissions: UserMediaPermissions;
  now: number;
};

/**
 * One page of a user's files. Whoever may act on them selects rows and acts on them together;
 * the selection is this page's own, not kept in the URL.
 */
export function UserMediaTable({ userId, files, sortLinks, permissions, now }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Only files still on the page count: after an action or paging others may have gone.
  const selectedIds = files.map((file) => file.media_id).filter((id) => selected.has(id));
  const allSelected = files.length > 0 && selectedIds.length === files.length;
  const toggle = (mediaId: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(mediaId);
      else next.delete(mediaId);
      return next;
    });

  return (
    <div className="space-y-3">
      <UserMediaActions
        userId={userId}
        files={files.filter((file) => selected.has(file.media_id))}
        permissions={permissions}
        onDone={() => setSelected(new Set())}
      />
      <Table aria-label={`Media of ${userId}`}>
        <TableHeader>
          <TableRow>
            <TableHead className="w-8">
              <input
                type="checkbox"
                aria-label="Select all files on this page"
                checked={allSelected}
                onChange={(event) =>
                  setSelected(
                    event.target.checked ? new Set(files.map((file) => file.media_id)) : new Set(),
                  )
                }
              />
            </TableHead>
            <TableHead className="w-16">Preview</TableHead>
            {sortLinks.map((column) => (
              <TableHead
                key={column.key}
                aria-sort={
                  column.active ? (column.active === "asc" ? "ascending" : "descending") : undefined
                }
              >
                <IntentLink
                  className="underline-offset-4 hover:underline"
                  href={column.href}
                  scroll={false}
                >
                  {column.label}
                  {column.active ? (column.active === "asc" ? " ↑" : " ↓") : ""}
                </IntentLink>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {files.map((file) => (
            <UserMediaRow
              key={file.media_id}
              file={file}
              now={now}
              selection={{
                selected: selected.has(file.media_id),
                onSelectedChange: (on) => toggle(file.media_id, on),
              }}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
