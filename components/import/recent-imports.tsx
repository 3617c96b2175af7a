import { IntentLink } from "@/components/ui/intent-link";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { RecentImport } from "@/lib/import/import-view";

/** The latest imports, each a link to its page with its dry run, import and rows. */
export function RecentImports({ imports }: { imports: RecentImport[] }) {
  if (imports.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Recent imports</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="space-y-1 text-sm">
          {imports.map((item) => (
            <li key={item.id}>
              <IntentLink
                className="font-medium underline-offset-4 hover:underline"
                href={`/users/import/${item.id}`}
              >
                {item.fileName}
              </IntentLink>{" "}
              · {item.rowCount.toLocaleString("en")} rows ·{" "}
              {item.applyRunId ? "imported" : "dry run only"} · {item.createdBy} ·{" "}
              {formatRunTime(item.createdAt)}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
