"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { makePolicyPlan } from "@/lib/actions/make-policy-plan";

type Props = { versionId: string; versionNumber: number };

/** Reads Synapse, works out what the version would change, and opens the plan to review it. */
export function MakePlanButton({ versionId, versionNumber }: Props) {
  const router = useRouter();
  const mutation = useActionMutation(makePolicyPlan, {
    success: () => null,
    onSuccess: (data) => router.push(`/policy/plans/${data.planId}`),
    refresh: false,
  });
  return (
    <Button disabled={mutation.isPending} onClick={() => mutation.mutate({ versionId })}>
      {mutation.isPending ? "Reading Synapse…" : `Make a plan of version ${versionNumber}`}
    </Button>
  );
}
