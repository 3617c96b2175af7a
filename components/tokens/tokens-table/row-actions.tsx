"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { rotateTokenNow } from "@/lib/actions/rotate-token-now";
import type { TokenAccount } from "@/lib/tokens/token-list";
import { PolicyDialog } from "../policy-dialog";
import { RevealTokenButton } from "../reveal-token-button";

/** An admin's actions in the account's row: manage it, or rotate it and reveal the new token. */
export function RowActions({ account }: { account: TokenAccount }) {
  const [runId, setRunId] = useState<string | null>(null);
  const rotate = useActionMutation(rotateTokenNow, {
    success: () => `A rotation of ${account.userId} was queued.`,
    onSuccess: (data) => setRunId(data.runId),
  });
  const { managed, userId } = account;
  if (!managed) {
    return <PolicyDialog mode="manage" defaults={{ userId }} label="Manage" variant="outline" />;
  }
  return (
    <>
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
    </>
  );
}
