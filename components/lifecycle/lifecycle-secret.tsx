"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { replaceLifecycleSecret } from "@/lib/actions/replace-lifecycle-secret";

/** Makes a new signing secret (shown here once) or removes it; for admins. */
export function LifecycleSecret({ hasSecret }: { hasSecret: boolean }) {
  const [shown, setShown] = useState<string | null>(null);
  const replace = useActionMutation(replaceLifecycleSecret, {
    success: (data) =>
      data.secret ? "A new signing secret was made." : "The signing secret was removed.",
    onSuccess: (data) => setShown(data.secret),
  });
  return (
    <div className="grid gap-3">
      <p className="text-sm" data-testid="lifecycle-secret-status">
        {hasSecret
          ? "A signing secret is set: events signed with it are taken as an admin's."
          : "No signing secret: only events sent with an admin API token are taken."}
      </p>
      {shown ? (
        <div className="grid gap-2" data-testid="lifecycle-secret-shown">
          <CopyableSecret
            value={shown}
            noun="secret"
            input={{ "aria-label": "Lifecycle signing secret" }}
            size="sm"
            className="flex items-center gap-2"
          />
          <p className="text-sm text-muted-foreground">
            Shown this once: give it to the identity system now. The console keeps it sealed.
          </p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <ConfirmDialog
          busy={replace.isPending}
          trigger={
            <Button variant="outline">
              {hasSecret ? "Make a new secret" : "Make a signing secret"}
            </Button>
          }
          title={hasSecret ? "Make a new signing secret?" : "Make a signing secret?"}
          description={
            hasSecret
              ? "The current secret stops working at once: events signed with it are refused until the identity system has the new one."
              : "Events signed with it will be taken as an admin's: keep it as safe as an admin token."
          }
          confirmLabel="Make the secret"
          onConfirm={() => replace.mutate({ forget: false })}
        />
        {hasSecret ? (
          <ConfirmDialog
            busy={replace.isPending}
            trigger={<Button variant="ghost">Remove the secret</Button>}
            title="Remove the signing secret?"
            description="Signed events are refused from now on; events sent with an admin API token are still taken."
            confirmLabel="Remove"
            onConfirm={() => replace.mutate({ forget: true })}
          />
        ) : null}
      </div>
    </div>
  );
}
