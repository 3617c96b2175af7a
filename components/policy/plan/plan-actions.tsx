"use client";

import { useState } from "react";
import { FilterField } from "@/components/ui/filter-field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { countOf } from "@/lib/format/count";
import { countByKind, type PlanRow } from "./action-kinds";

/** Enough to read; the filter finds any other. */
const SHOWN = 500;

/** Every action of the plan as a sentence, grouped by kind, narrowed by kind and by text. */
export function PlanActions({ rows }: { rows: PlanRow[] }) {
  const [kind, setKind] = useState("");
  const [text, setText] = useState("");
  const needle = text.trim().toLowerCase();
  const matching = rows.filter(
    (row) =>
      (!kind || row.type === kind) && (!needle || row.sentence.toLowerCase().includes(needle)),
  );
  const shown = matching.slice(0, SHOWN);
  const groups = countByKind(shown).map((group) => ({
    ...group,
    rows: shown.filter((row) => row.type === group.type),
  }));
  if (rows.length === 0) {
    return (
      <p className="text-sm" data-testid="plan-nothing">
        Nothing to do: Synapse already matches this version of the policy.
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <div className="grid gap-2">
          <Label htmlFor="plan-kind">Kind</Label>
          <Select id="plan-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value="">All kinds</option>
            {countByKind(rows).map((group) => (
              <option key={group.type} value={group.type}>
                {group.label} ({group.count})
              </option>
            ))}
          </Select>
        </div>
        <FilterField
          id="plan-filter"
          label="Filter actions"
          value={text}
          onChange={setText}
          placeholder="e.g. @alice or !lobby"
          className="grid min-w-64 flex-1 gap-2"
        />
      </div>
      <p className="text-sm text-muted-foreground" data-testid="plan-shown">
        {matching.length === rows.length
          ? `All ${countOf(rows.length, "action")}`
          : `${matching.length} of ${countOf(rows.length, "action")}`}
        {matching.length > SHOWN ? `; the first ${SHOWN} shown` : ""}
      </p>
      {groups.map((group) => (
        <section key={group.type} aria-label={group.label} className="space-y-1">
          <h3 className="text-sm font-semibold">
            {group.label} <span className="font-normal text-muted-foreground">({group.count})</span>
          </h3>
          <ol
            className="list-inside list-decimal space-y-0.5 text-sm"
            data-testid="plan-action-list"
          >
            {group.rows.map((row) => (
              <li key={row.key} data-testid="plan-action" className="wrap-anywhere">
                {row.sentence}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
