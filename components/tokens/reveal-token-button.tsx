"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { revealToken } from "@/lib/actions/reveal-token";
import { useActionMutation } from "@/components/ui/use-action-mutation";

/** "Reveal new token": shows the newest token this once, with a copy button. */
export function RevealTokenButton({ userId }: { userId: string }) {
  const [token, setToken] = useState<string | null>(null);
  const mutation = useActionMutation(revealToken, {
    success: () => null,
    onSuccess: (data) => setToken(data.accessToken),
    // A refresh would re-render without the button (the token is seen now) and lose the token.
    refresh: false,
  });
  if (token) {
    return (
      <div className="flex w-full items-center gap-2" data-testid="revealed-token">
        <CopyableSecret
          value={token}
          noun="token"
          input={{ "aria-label": `New token of ${userId}` }}
          size="sm"
          className="contents"
        />
        <span className="text-xs text-muted-foreground">Shown only now.</span>
      </div>
    );
  }
  return (
    <Button size="sm" disabled={mutation.isPending} onClick={() => mutation.mutate({ userId })}>
      Reveal new token
    </Button>
  );
}
