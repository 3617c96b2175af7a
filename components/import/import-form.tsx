"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { previewImport } from "@/lib/actions/preview-import";
import { startImportDryRunAction } from "@/lib/actions/start-import-dry-run";
import type { ConflictMode } from "@/lib/import/classify-import-row";
import type { ImportMapping } from "@/lib/import/import-mapping";
import type { ImportFormat } from "@/lib/import/read-import-file";
import { ImportMappingTable } from "./import-mapping-table";
import { ConflictModeField } from "./conflict-mode-field";

type Preview = { header: string[]; sample: string[][]; rows: number; mapping: ImportMapping };

/** A .csv file is read as CSV; anything else as the plain `First Last email user_id password`. */
const formatOfFile = (name: string): ImportFormat =>
  name.toLowerCase().endsWith(".csv") ? "csv" : "plain";

/**
 * The first step of an import: a file (or pasted rows), read on the server into a header and a
 * few rows; the columns mapped to fields; the conflict mode; then the dry run, on its own page.
 */
export function ImportForm({ serverName }: { serverName: string }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("");
  const [format, setFormat] = useState<ImportFormat>("csv");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [mode, setMode] = useState<ConflictMode>("skip");

  const read = useActionMutation(previewImport, {
    success: () => null,
    refresh: false,
    onSuccess: (data) => {
      setPreview(data);
      setMapping(data.mapping);
    },
  });
  const start = useActionMutation(startImportDryRunAction, {
    success: () => "The dry run started.",
    refresh: false,
    onSuccess: (data) => router.push(`/users/import/${data.importId}`),
  });

  const changed = () => {
    setPreview(null);
    setMapping(null);
  };
  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setFormat(formatOfFile(file.name));
    setText(await file.text());
    changed();
  };

  return (
    <div className="space-y-6">
      <section className="space-y-3" aria-labelledby="import-file">
        <h2 id="import-file" className="text-lg font-semibold">
          1. The file
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-2">
            <Label htmlFor="import-upload">Upload a file</Label>
            <input
              id="import-upload"
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              className="block w-full text-sm"
              onChange={(event) => void chooseFile(event.target.files?.[0])}
            />
          </div>
          <div className="space-y-2">
            <Label htmlFor="import-format">Format</Label>
            <Select
              id="import-format"
              value={format}
              onChange={(event) => {
                setFormat(event.target.value as ImportFormat);
                changed();
              }}
            >
              <option value="csv">CSV with a header row</option>
              <option value="plain">Plain: First Last email user_id password</option>
            </Select>
          </div>
        </div>
        <div className="space-y-2">
          <Label htmlFor="import-text">Or paste the rows</Label>
          <Textarea
            id="import-text"
            rows={6}
            className="font-mono text-xs"
            value={text}
            placeholder={`user,display name,email,rooms\nalice,Alice Smith,alice@example.org,#staff:${serverName}`}
            onChange={(event) => {
              setText(event.target.value);
              setFileName("");
              changed();
            }}
          />
        </div>
        <Button
          type="button"
          disabled={text.trim() === "" || read.isPending}
          onClick={() => read.mutate({ fileName, format, text })}
        >
          {read.isPending ? "Reading…" : "Read the file"}
        </Button>
      </section>

      {preview && mapping ? (
        <section className="space-y-3" aria-labelledby="import-mapping">
          <h2 id="import-mapping" className="text-lg font-semibold">
            2. Columns
          </h2>
          <p className="text-sm text-muted-foreground" data-testid="import-row-count">
            {preview.rows.toLocaleString("en")} rows. Say which column holds what; user IDs may be
            localparts (on {serverName}) or full IDs. An empty password gives a new account a
            generated one, shown once when the import is done.
          </p>
          <ImportMappingTable preview={preview} mapping={mapping} onChange={setMapping} />
          <h2 className="pt-2 text-lg font-semibold">3. Accounts that exist already</h2>
          <ConflictModeField value={mode} onChange={setMode} />
          {mapping.user === null ? (
            <Alert variant="destructive">
              <AlertDescription>
                Choose the column that holds the user ID or localpart.
              </AlertDescription>
            </Alert>
          ) : null}
          <Button
            type="button"
            disabled={mapping.user === null || start.isPending}
            onClick={() => start.mutate({ fileName, format, text, mapping, conflictMode: mode })}
          >
            {start.isPending ? "Starting…" : "Start the dry run"}
          </Button>
          <p className="text-sm text-muted-foreground">
            The dry run reads every account and says what the import would do to each row. Nothing
            changes until you confirm on the next page.
          </p>
        </section>
      ) : null}
    </div>
  );
}
