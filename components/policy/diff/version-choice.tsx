import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { VersionSummary } from "@/lib/policy/versions";

type Props = { versions: VersionSummary[]; fromId?: string; toId?: string };

function Choice({
  name,
  label,
  versions,
  value,
}: {
  name: string;
  label: string;
  versions: VersionSummary[];
  value?: string;
}) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={`diff-${name}`}>{label}</Label>
      <Select id={`diff-${name}`} name={name} defaultValue={value}>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            Version {version.number}: {version.message.slice(0, 60)}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** Two versions to compare, as a plain GET form so the comparison's URL can be shared. */
export function VersionChoice({ versions, fromId, toId }: Props) {
  if (versions.length < 2) return null;
  return (
    <form method="get" action="/policy/diff" className="flex flex-wrap items-end gap-4">
      <Choice name="from" label="From" versions={versions} value={fromId} />
      <Choice name="to" label="To" versions={versions} value={toId} />
      <Button type="submit" variant="outline">
        Compare
      </Button>
    </form>
  );
}
