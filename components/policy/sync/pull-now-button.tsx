"use client";

import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { pullPolicyNow } from "@/lib/actions/pull-policy-now";

/** Pulls the policy from its URL now; the page then shows the outcome and any new version. */
export function PullNowButton() {
  const mutation = useActionMutation(pullPolicyNow, {
    success: (outcome) => {
      if (outcome.error) return null;
      return outcome.changed
        ? "Pulled: the new content is saved as a version."
        : "Pulled: the content equals the current version, nothing saved.";
    },
    onSuccess: (outcome) => {
      if (outcome.error) toast.error(outcome.error);
    },
  });
  return (
    <Button variant="outline" disabled={mutation.isPending} onClick={() => mutation.mutate({})}>
      {mutation.isPending ? "Pulling…" : "Pull now"}
    </Button>
  );
}
