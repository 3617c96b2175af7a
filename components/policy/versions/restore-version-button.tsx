"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { restorePolicyVersion } from "@/lib/actions/restore-policy-version";

type Props = { versionId: string; versionNumber: number; currentNumber: number };

/** Saves an old version's document again as the newest version; nothing is applied yet. */
export function RestoreVersionButton({ versionId, versionNumber, currentNumber }: Props) {
  const router = useRouter();
  const mutation = useActionMutation(restorePolicyVersion, {
    success: (data) => `Version ${versionNumber} is restored as version ${data.number}.`,
    onSuccess: () => router.push("/policy"),
    refresh: false,
  });
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant="outline">
          {mutation.isPending ? "Restoring…" : "Restore this version"}
        </Button>
      }
      title={`Restore version ${versionNumber}?`}
      description={`Its document is saved as version ${currentNumber + 1}, the new current version. Version ${currentNumber} and the others stay in the history. Nothing changes on Synapse until a plan of it is applied.`}
      confirmLabel="Restore"
      destructive={false}
      onConfirm={() => mutation.mutate({ versionId })}
    />
  );
}
