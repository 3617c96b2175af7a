"use client";

import type { ConflictMode } from "@/lib/import/classify-import-row";

const MODES: Array<{ value: ConflictMode; label: string; help: string }> = [
  {
    value: "skip",
    label: "Skip them",
    help: "Rows whose account exists with other values are left alone and listed as skipped.",
  },
  {
    value: "update",
    label: "Update them",
    help: "Display name, admin and user type are set as the file says, and the file's email is added to the account's. The import never sets an existing account's password.",
  },
  {
    value: "stop",
    label: "Stop",
    help: "The import cannot start while any row is in conflict.",
  },
];

/** How an import treats an existing account that differs from its row. */
export function ConflictModeField({
  value,
  onChange,
}: {
  value: ConflictMode;
  onChange: (mode: ConflictMode) => void;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">Conflict mode</legend>
      {MODES.map((mode) => (
        <label key={mode.value} className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="conflict-mode"
            value={mode.value}
            checked={value === mode.value}
            onChange={() => onChange(mode.value)}
            className="mt-1"
          />
          <span>
            <span className="font-medium">{mode.label}</span>
            <span className="block text-muted-foreground">{mode.help}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
