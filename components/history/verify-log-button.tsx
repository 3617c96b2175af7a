"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { Button } from "@/components/ui/button";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { verifyAuditLog } from "@/lib/actions/verify-audit-log";

/**
 * Starts a walk of the audit log's hash chain (a job run: it may take a while on a long log) and
 * links to the run, whose page says "Intact: …" or names the first link that does not hold.
 * Shown to admins; the action checks the role itself.
 */
export function VerifyLogButton() {
  const mutation = useActionMutation(verifyAuditLog, {
    success: () => "Verification started.",
    refresh: false,
  });
  const runId = mutation.data?.ok ? mutation.data.data.runId : null;
  return (
    <div className="flex items-center gap-3">
      {runId ? (
        <IntentLink className="text-sm underline underline-offset-4" href={`/jobs/runs/${runId}`}>
          View the verification
        </IntentLink>
      ) : null}
      <Button
        variant="outline"
        size="sm"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate({})}
      >
        {mutation.isPending ? "Starting…" : "Verify the log"}
      </Button>
    </div>
  );
}
