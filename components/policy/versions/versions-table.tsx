import { IntentLink } from "@/components/ui/intent-link";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import type { VersionSummary } from "@/lib/policy/versions";
import { shortHash, ORIGIN_LABELS } from "./version-words";

const COLUMNS = [
  "Version",
  "Saved (UTC)",
  "Author",
  "Message",
  "How",
  "Hash",
  "From",
  "To",
] as const;

type Props = { versions: VersionSummary[] };

type ChoiceProps = { side: "from" | "to"; version: VersionSummary; checked: boolean };

/** One end of the comparison: a radio of the form's `from` or `to` group. */
function CompareChoice({ side, version, checked }: ChoiceProps) {
  return (
    <input
      type="radio"
      name={side}
      value={version.id}
      aria-label={`Compare ${side} version ${version.number}`}
      defaultChecked={checked}
    />
  );
}

/**
 * Versions newest first; the From and To choices make a plain GET form to the diff page, so
 * comparing works from the list without JavaScript.
 */
export function VersionsTable({ versions }: Props) {
  return (
    <form action="/policy/diff" method="get" className="space-y-3">
      <DataTable
        label="Policy versions"
        columns={COLUMNS}
        rows={versions}
        empty="No version saved yet."
        renderRow={(version, index) => (
          <TableRow key={version.id} data-testid="version-row">
            <TableCell>
              <IntentLink
                className="font-medium underline-offset-4 hover:underline"
                href={`/policy/versions/${version.id}`}
              >
                #{version.number}
              </IntentLink>
            </TableCell>
            <TableCell className="text-sm whitespace-nowrap">
              {formatRunTime(version.createdAt)}
            </TableCell>
            <TableCell className="font-mono text-xs">{version.author}</TableCell>
            <TableCell className="max-w-md text-sm wrap-anywhere">{version.message}</TableCell>
            <TableCell className="text-sm">
              {ORIGIN_LABELS[version.origin] ?? version.origin}
            </TableCell>
            <TableCell className="font-mono text-xs" title={version.contentHash}>
              {shortHash(version.contentHash)}
            </TableCell>
            <TableCell>
              <CompareChoice side="from" version={version} checked={index === 1} />
            </TableCell>
            <TableCell>
              <CompareChoice side="to" version={version} checked={index === 0} />
            </TableCell>
          </TableRow>
        )}
      />
      {versions.length > 1 ? (
        <Button type="submit" variant="outline">
          Compare the chosen versions
        </Button>
      ) : null}
    </form>
  );
}
