"use client";

import { Select } from "@/components/ui/select";
import { FREE_TEXT_LINE_CLASS } from "@/components/ui/table";
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
} from "@/lib/import/import-mapping";

type Props = {
  preview: { header: string[]; sample: string[][] };
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
};

/** Each column of the file with its first values and a choice of the field it holds. */
export function ImportMappingTable({ preview, mapping, onChange }: Props) {
  const fieldOf = (column: number) =>
    IMPORT_FIELDS.find((field) => mapping[field] === column) ?? "";
  const choose = (column: number, field: ImportField | "") => {
    const next = { ...mapping };
    for (const key of IMPORT_FIELDS) if (next[key] === column) next[key] = null;
    if (field) next[field] = column;
    onChange(next);
  };
  return (
    <div className="overflow-x-auto rounded-md border">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b bg-muted/50 text-left">
            <th className="p-2 font-medium">Column</th>
            <th className="p-2 font-medium">Holds</th>
            <th className="p-2 font-medium">First values</th>
          </tr>
        </thead>
        <tbody>
          {preview.header.map((name, column) => (
            <tr key={column} className="border-b last:border-0">
              <td className="p-2 font-mono">{name || `column ${column + 1}`}</td>
              <td className="p-2">
                <Select
                  aria-label={`Field of column ${name || column + 1}`}
                  value={fieldOf(column)}
                  onChange={(event) => choose(column, event.target.value as ImportField | "")}
                >
                  <option value="">Not imported</option>
                  {IMPORT_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {IMPORT_FIELD_LABELS[field]}
                    </option>
                  ))}
                </Select>
              </td>
              <td className="p-2 font-mono text-xs text-muted-foreground">
                <span className={FREE_TEXT_LINE_CLASS}>
                  {preview.sample
                    .map((cells) =>
                      fieldOf(column) === "password" ? "••••" : (cells[column] ?? ""),
                    )
                    .join(" · ")}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
