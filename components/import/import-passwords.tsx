"use client";

import { stringify } from "csv-stringify/browser/esm/sync";
import { useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { takeImportPasswords } from "@/lib/actions/take-import-passwords";

type Taken = Array<{ line: number; userId: string; password: string }>;

function download(passwords: Taken) {
  const text = stringify([
    ["user_id", "password"],
    ...passwords.map((p) => [p.userId, p.password]),
  ]);
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: "passwords.csv" });
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The passwords the import generated: taken once from the server (which deletes them), shown
 * here and downloadable as CSV from this page until it is left.
 */
export function ImportPasswords({ importId, count }: { importId: string; count: number }) {
  const [taken, setTaken] = useState<Taken | null>(null);
  const take = useActionMutation(takeImportPasswords, {
    success: () => null,
    refresh: false,
    onSuccess: (data) => setTaken(data.passwords),
  });
  if (!taken) {
    return (
      <Alert>
        <AlertTitle>{count.toLocaleString("en")} generated passwords are waiting</AlertTitle>
        <AlertDescription className="space-y-2">
          <p>They are shown once: copy or download them before you leave the page.</p>
          <Button type="button" onClick={() => take.mutate({ importId })} disabled={take.isPending}>
            Show the passwords
          </Button>
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <div className="space-y-3" data-testid="import-passwords">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={() => download(taken)}>
          Download as CSV
        </Button>
        <p className="text-sm text-muted-foreground">
          The console no longer has them: this page is the only copy.
        </p>
      </div>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b text-left">
            <th className="p-2 font-medium">User</th>
            <th className="p-2 font-medium">Password</th>
          </tr>
        </thead>
        <tbody>
          {taken.map((row) => (
            <tr key={row.line} className="border-b last:border-0">
              <td className="p-2 font-mono break-all">{row.userId}</td>
              <td className="p-2 font-mono">{row.password}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
