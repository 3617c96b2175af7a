"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { FilterField } from "@/components/ui/filter-field";
import { TableCell, TableRow } from "@/components/ui/table";
import { countOf } from "@/lib/format/count";
import { filterUserRows, type ManagedUserRow } from "./summarize-policy";

/** Rendering ten thousand rows helps nobody; the filter finds the rest. */
const SHOWN = 200;
const COLUMNS = ["User ID", "Active", "Name", "Rooms", "Groups"] as const;

/** The policy's managed users, filtered by ID, name, room or group as the person types. */
export function ManagedUsersTable({ rows }: { rows: ManagedUserRow[] }) {
  const [filter, setFilter] = useState("");
  const matching = filterUserRows(rows, filter);
  return (
    <div className="space-y-3">
      <FilterField
        id="policy-user-filter"
        label="Filter users"
        value={filter}
        onChange={setFilter}
        placeholder="e.g. @alice, !lobby or staff"
        className="grid max-w-sm gap-2"
      />
      <p className="text-sm text-muted-foreground" data-testid="policy-user-count">
        {filter.trim()
          ? `${matching.length} of ${countOf(rows.length, "managed user")} ${matching.length === 1 ? "matches" : "match"}`
          : countOf(rows.length, "managed user")}
        {matching.length > SHOWN ? `; the first ${SHOWN} shown` : ""}
      </p>
      <DataTable
        label="Managed users"
        columns={COLUMNS}
        rows={matching.slice(0, SHOWN)}
        empty={rows.length === 0 ? "The policy manages no users." : "No user matches."}
        renderRow={(row) => (
          <TableRow key={row.id} data-testid="policy-user-row">
            <TableCell className="font-mono text-xs">{row.id}</TableCell>
            <TableCell>
              <Badge variant={row.active ? "success" : "outline"}>
                {row.active ? "active" : "deactivated"}
              </Badge>
            </TableCell>
            <TableCell className="text-sm">{row.displayName ?? ""}</TableCell>
            <TableCell className="font-mono text-xs wrap-anywhere">
              {row.rooms.length === 0 ? "none" : row.rooms.join(", ")}
            </TableCell>
            <TableCell className="text-sm wrap-anywhere" data-testid="policy-user-groups">
              {row.groups.length === 0 ? "none" : row.groups.join(", ")}
            </TableCell>
          </TableRow>
        )}
      />
    </div>
  );
}
