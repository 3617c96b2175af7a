"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { unmanageTokenAccount } from "@/lib/actions/unmanage-token-account";
import type { TokenAccount } from "@/lib/tokens/token-list";
import { PolicyDialog } from "../policy-dialog";

type Managed = NonNullable<TokenAccount["managed"]>;

/** An admin's changes to a managed account's policy, in the account's details: edit, unmanage. */
export function PolicyActions({ userId, managed }: { userId: string; managed: Managed }) {
  const unmanage = useActionMutation(unmanageTokenAccount, {
    success: (data) => `${data.userId} is no longer managed.`,
  });
  return (
    <div className="flex flex-wrap items-center gap-2">
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
