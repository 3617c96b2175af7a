import { formatRunTime } from "@/components/jobs/format-run-time";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { StoredDraft } from "./use-policy-draft";

type Props = {
  draft: StoredDraft;
  /** The version the page shows now; null before the first save. */
  savedVersion: number | null;
  onDiscard: () => void;
};

function describeBase(baseVersion: number | null, savedVersion: number | null): string {
  if (savedVersion === null) {
    return "It is not saved yet: save it as the first version, or discard it to start again.";
  }
  if (baseVersion === savedVersion) {
    return `It is not saved yet: save it as a version, or discard it to go back to version ${savedVersion}.`;
  }
  const base = baseVersion === null ? "before the first version" : `on version ${baseVersion}`;
  return `It was written ${base}; version ${savedVersion} is the latest now, and saving this draft would leave out what changed since.`;
}

/** Says that the editor holds a draft kept from before (a reload, a page left), not the version. */
export function RestoredDraftNotice({ draft, savedVersion, onDiscard }: Props) {
  return (
    <Alert role="status" data-testid="policy-draft-restored">
      <AlertTitle>
        Restored your unsaved draft from {formatRunTime(new Date(draft.savedAt))}
      </AlertTitle>
      <AlertDescription>
        <p>{describeBase(draft.baseVersion, savedVersion)}</p>
      </AlertDescription>
      <div className="col-start-2 mt-2">
        <Button type="button" variant="outline" size="sm" onClick={onDiscard}>
          Discard
        </Button>
      </div>
    </Alert>
  );
}
