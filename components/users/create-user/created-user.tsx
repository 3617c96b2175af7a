"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { buttonVariants } from "@/components/ui/button";
import { CopyableSecret } from "@/components/ui/copyable-secret";
import { Label } from "@/components/ui/label";
import type { CreatedUser } from "@/lib/operations/create-user";
import { cn } from "@/lib/utils";
import { userHref } from "../users-table/columns";

/** What was created, with a generated password shown this once, and the way to the new user. */
export function CreatedUserSummary({ user }: { user: CreatedUser }) {
  return (
    <div className="grid gap-4" data-testid="created-user">
      <p className="text-sm">
        <span className="font-mono">{user.userId}</span> was created.
      </p>
      {user.generatedPassword ? (
        <div className="grid gap-2">
          <Label htmlFor="created-user-password">Generated password (shown only now)</Label>
          <CopyableSecret
            value={user.generatedPassword}
            noun="password"
            input={{ id: "created-user-password" }}
          />
          <p className="text-sm text-muted-foreground">
            The console does not keep it. Copy it now and hand it over safely.
          </p>
        </div>
      ) : null}
      {/* A button's text stays on one line; a user ID may be 255 characters long. */}
      <IntentLink
        className={cn(buttonVariants({ variant: "default" }), "h-auto min-h-9 whitespace-normal")}
        href={userHref(user.userId)}
      >
        Open {user.userId}
      </IntentLink>
    </div>
  );
}
