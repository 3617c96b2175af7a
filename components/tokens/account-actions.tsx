"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { rotateTokenNow } from "@/lib/actions/rotate-token-now";
import { unmanageTokenAccount } from "@/lib/actions/unmanage-token-account";
import type { AuditedAccount } from "@/lib/tokens/token-audit";
import { PolicyDialog } from "./policy-dialog";
import { RevealTokenButton } from "./reveal-token-button";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { useState } from "react";

/** An admin's controls for one account: manage it, or rotate, reveal, edit, unmanage. */
export function AccountActions({ account }: { account: AuditedAccount }) {
  const [runId, setRunId] = useState<string | null>(null);
  const rotate = useActionMutation(rotateTokenNow, {
    success: () => `A rotation of ${account.userId} was queued.`,
    onSuccess: (data) => setRunId(data.runId),
  });
  const unmanage = useActionMutation(unmanageTokenAccount, {
    success: (data) => `${data.userId} is no longer managed.`,
  });
  const { managed, userId } = account;
  if (!managed) {
    return <PolicyDialog mode="manage" defaults={{ userId }} label="Manage" />;
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="outline"
        disabled={rotate.isPending}
        onClick={() => rotate.mutate({ userId })}
      >
        Rotate now
      </Button>
      {runId ? (
        <IntentLink className="text-sm underline" href={`/jobs/runs/${runId}`}>
          Open the run
        </IntentLink>
      ) : null}
      {managed.tokenUnseen ? <RevealTokenButton userId={userId} /> : null}
      <PolicyDialog
        mode="edit"
        label="Edit policy"
        defaults={{
          userId,
          maxTokenAgeDays: managed.maxTokenAgeDays,
          graceMinutes: managed.graceMinutes,
          webhookUrl: managed.webhookUrl ?? "",
          webhookAllowPrivate: managed.webhookAllowPrivate,
        }}
      />
      <ConfirmDialog
        trigger={
          <Button size="sm" variant="ghost">
            Unmanage
          </Button>
        }
        title={`Stop managing ${userId}?`}
        description={`The console forgets its copy of ${userId}'s token and stops rotating it. The token keeps working; old tokens already queued are still revoked when their grace period ends.`}
        confirmLabel="Unmanage"
        onConfirm={() => unmanage.mutate({ userId })}
      />
    </div>
  );
}
