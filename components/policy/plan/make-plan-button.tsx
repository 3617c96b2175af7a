"use client";

import { useRouter } from "next/navigation";
import { useHasUnsavedEdits } from "@/components/policy/editor/unsaved-edits";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { makePolicyPlan } from "@/lib/actions/make-policy-plan";

type Props = { versionId: string; versionNumber: number };

/**
 * Reads Synapse, works out what the version would change, and opens the plan to review it. With
 * unsaved edits in the editor it asks first: the plan is of the saved version, not of the edits.
 */
export function MakePlanButton({ versionId, versionNumber }: Props) {
  const router = useRouter();
  const unsaved = useHasUnsavedEdits();
  const mutation = useActionMutation(makePolicyPlan, {
    success: () => null,
    onSuccess: (data) => router.push(`/policy/plans/${data.planId}`),
    refresh: false,
  });
  const label = `Make a plan of version ${versionNumber}`;
  const make = () => mutation.mutate({ versionId });
  const text = mutation.isPending ? "Reading Synapse…" : label;
  if (!unsaved) {
    return (
      <Button disabled={mutation.isPending} onClick={make}>
        {text}
      </Button>
    );
  }
  return (
    <ConfirmDialog
      trigger={<Button>{text}</Button>}
      busy={mutation.isPending}
      title={`Plan version ${versionNumber} without your edits?`}
      description={`The editor holds changes that are not saved. A plan is made of a saved version: this one plans version ${versionNumber} as it was saved. Your changes are kept as this tab's draft and come back when you return to the editor. To plan them, save them as a new version first.`}
      confirmLabel={label}
      destructive={false}
      onConfirm={make}
    />
  );
}
