"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes-guard";
import { useReportUnsavedEdits } from "./unsaved-edits";
import { parsePolicy } from "@/lib/policy/document/parse-policy";
import type { CursorRequest } from "./code-editor";
import { ImportPolicyButton } from "./import-policy-button";
import { LazyCodeEditor } from "./lazy-code-editor";
import { ManagedUsersTable } from "./managed-users-table";
import { PolicySummary } from "./policy-summary";
import { ProblemsList } from "./problems-list";
import { RestoredDraftNotice } from "./restored-draft-notice";
import { SaveVersionForm } from "./save-version-form";
import type { JsonSchema } from "./schema-hints";
import { summarizePolicy } from "./summarize-policy";
import { policyDraftKey, usePolicyDraft, type StoredDraft } from "./use-policy-draft";

/** What a new policy starts from: valid, managing nothing yet. */
const EMPTY_POLICY = `{
  "schemaVersion": 2,
  "flags": {},
  "managedRoomIds": [],
  "users": []
}
`;

/** Typing pauses this long before the document is checked again. */
const CHECK_DELAY_MS = 250;

const LEAVE_MESSAGE =
  "The policy editor has changes that are not saved as a version. Leave and discard them?";

type Props = {
  /** The current version's document, or null before the first save. */
  savedText: string | null;
  /** The current version's number, or null before the first save. */
  savedVersion: number | null;
  serverName: string;
  /** Whose unsaved draft this tab keeps (use-policy-draft.ts). */
  userId: string;
  schema: JsonSchema;
  /** Operators and admins edit, save and import; viewers read. */
  canEdit: boolean;
  /** savedText is a viewer's copy, its credentials masked (readable-versions.ts). */
  credentialsMasked: boolean;
};

type Refusal = { fileName: string; error: string };

/** The editor with its problems, the summary and the managed users, checked as the person types. */
export function PolicyWorkspace({
  savedText,
  savedVersion,
  serverName,
  userId,
  schema,
  canEdit,
  credentialsMasked,
}: Props) {
  const [draft, setDraft] = useState({ key: 0, text: savedText ?? EMPTY_POLICY });
  const [text, setText] = useState(draft.text);
  const [checkedText, setCheckedText] = useState(draft.text);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // State, not a call on the editor: a problem clicked while the editor loads is gone to once it
  // is made.
  const [cursorAt, setCursorAt] = useState<CursorRequest | null>(null);
  const latest = useRef(draft.text);
  // What the text is compared with for "unsaved": the version shown, then what was last saved.
  const [baseline, setBaseline] = useState(draft.text);
  const dirty = text !== baseline;
  const [restored, setRestored] = useState<StoredDraft | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setCheckedText(text), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const checked = useMemo(
    () => parsePolicy(checkedText, { serverName, credentialsMasked }),
    [checkedText, serverName, credentialsMasked],
  );
  const summary = useMemo(
    () => (checked.policy ? summarizePolicy(checked.policy) : null),
    [checked],
  );
  const warnings = checked.problems.filter((problem) => problem.severity === "warning").length;

  const onChange = useCallback((next: string) => {
    latest.current = next;
    setText(next);
  }, []);
  const goTo = useCallback((line: number, column: number) => setCursorAt({ line, column }), []);
  /** A new editor on `next`, as a refused import or a restored draft brings it. */
  const load = useCallback((next: string) => {
    latest.current = next;
    setDraft((current) => ({ key: current.key + 1, text: next }));
    setText(next);
    setCheckedText(next);
    setCursorAt(null);
  }, []);
  const loadRefused = useCallback(
    ({ fileName, text: fileText, error }: Refusal & { text: string }) => {
      load(fileText);
      setRefusal({ fileName, error });
    },
    [load],
  );

  const { forget, rebase } = usePolicyDraft({
    storageKey: policyDraftKey(serverName, userId),
    enabled: canEdit,
    text,
    dirty,
    baselineText: baseline,
    baseVersion: savedVersion,
    onRestore: (stored) => {
      load(stored.text);
      setRestored(stored);
    },
  });
  useUnsavedChangesGuard(canEdit && dirty, { message: LEAVE_MESSAGE, onLeave: forget });
  useReportUnsavedEdits(canEdit && dirty);
  const discard = () => {
    forget();
    load(baseline);
    setRestored(null);
    setRefusal(null);
  };
  // What was typed while the save was on its way is still unsaved, and still kept as a draft.
  const saved = (content: string, version: number) => {
    rebase(version);
    setBaseline(content);
    setRestored(null);
  };

  return (
    <div className="space-y-6">
      {restored ? (
        <RestoredDraftNotice draft={restored} savedVersion={savedVersion} onDiscard={discard} />
      ) : null}
      {refusal ? (
        <Alert variant="destructive" data-testid="policy-import-refused">
          <AlertTitle>{refusal.fileName} was not imported</AlertTitle>
          <AlertDescription>
            {refusal.error} The file is in the editor with its problems marked: fix them there and
            save it as a version.
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <Card className="min-w-0">
          <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
            <CardTitle>Document</CardTitle>
            {canEdit ? <ImportPolicyButton onRefused={loadRefused} /> : null}
          </CardHeader>
          <CardContent className="space-y-4">
            <div className="h-[65vh] min-h-80">
              <LazyCodeEditor
                key={draft.key}
                initialText={draft.text}
                problems={checked.problems}
                schema={schema}
                readOnly={!canEdit}
                onChange={onChange}
                label="Policy document"
                cursorAt={cursorAt}
              />
            </div>
            {canEdit ? (
              <SaveVersionForm readText={() => latest.current} dirty={dirty} onSaved={saved} />
            ) : (
              <p className="text-sm text-muted-foreground">
                You can read the policy; operators and admins edit it. Users&rsquo; credentials are
                hidden from viewers.
              </p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardContent className="space-y-6">
            <ProblemsList problems={checked.problems} onGoTo={goTo} />
            <PolicySummary summary={summary} warnings={warnings} />
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Managed users</CardTitle>
        </CardHeader>
        <CardContent>
          {summary ? (
            <ManagedUsersTable rows={summary.rows} />
          ) : (
            <p className="text-sm text-muted-foreground">
              The users show once the document has no errors.
            </p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
