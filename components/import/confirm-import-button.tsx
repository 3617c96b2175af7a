"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { confirmImportAction } from "@/lib/actions/confirm-import";

type Props = { importId: string; changes: number; refusal: string | null };

/** "Import": starts the import once the dry run is done, after a confirmation saying how many. */
export function ConfirmImportButton({ importId, changes, refusal }: Props) {
  const confirm = useActionMutation(confirmImportAction, {
    success: () => "The import started.",
  });
  if (refusal)
    return (
      <p className="text-sm text-muted-foreground" data-testid="import-refusal">
        {refusal}
      </p>
    );
  return (
    <ConfirmDialog
      title="Import these rows?"
      description={`${changes.toLocaleString("en")} account${changes === 1 ? "" : "s"} will be created or updated, as the dry run lists. Each change is audited.`}
      confirmLabel="Import"
      onConfirm={() => confirm.mutate({ importId })}
      destructive={false}
      trigger={
        <Button type="button" disabled={confirm.isPending}>
          Import {changes.toLocaleString("en")} rows
        </Button>
      }
    />
  );
}
