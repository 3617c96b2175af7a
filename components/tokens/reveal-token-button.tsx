"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
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
    const copy = () =>
      navigator.clipboard.writeText(token).then(
        () => toast.success("Token copied."),
        () => toast.error("Could not copy; select the token and copy it by hand."),
      );
    return (
      <div className="flex w-full items-center gap-2" data-testid="revealed-token">
        <Input readOnly value={token} aria-label={`New token of ${userId}`} className="font-mono" />
        <Button type="button" variant="outline" size="sm" onClick={copy}>
          Copy
        </Button>
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
