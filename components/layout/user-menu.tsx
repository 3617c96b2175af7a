"use client";

import { ChevronDown, LogOut, MonitorX, UserRound } from "lucide-react";
import { signOut } from "next-auth/react";
import { useEffect, useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Separator } from "@/components/ui/separator";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";
import { signOutEverywhere } from "@/lib/actions/sign-out-everywhere";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

export type ShellUser = { matrixId: string; role: Role };

const ROLE_BADGE = {
  admin: "default",
  operator: "secondary",
  viewer: "outline",
} as const satisfies Record<Role, "default" | "secondary" | "outline">;

export function RoleBadge({ role }: { role: Role }) {
  return <Badge variant={ROLE_BADGE[role]}>{ROLE_LABELS[role]}</Badge>;
}

/**
 * The signed-in account: a button that opens a small panel with the role, "Sign out" and "Sign out
 * everywhere" (every console session of this person ends, in any browser).
 */
export function UserMenu({ user }: { user: ShellUser }) {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState<"here" | "everywhere" | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const closeOnOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", closeOnOutside);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOnOutside);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [open]);

  const handleSignOut = async () => {
    setSigningOut("here");
    await signOut({ callbackUrl: "/sign-in" });
  };

  const handleSignOutEverywhere = async () => {
    setSigningOut("everywhere");
    const result = await signOutEverywhere({}).catch(() => null);
    if (!result?.ok) {
      setSigningOut(null);
      toast.error(result?.error ?? CONSOLE_UNREACHABLE);
      return;
    }
    // The sessions are ended already; this clears the cookie of this browser.
    await signOut({ callbackUrl: "/sign-in" });
  };

  return (
    <div ref={rootRef} className="relative">
      <Button
        ref={buttonRef}
        variant="ghost"
        className="gap-2 px-2"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Account ${user.matrixId}`}
        onClick={() => setOpen((value) => !value)}
      >
        <UserRound aria-hidden />
        <span className="hidden max-w-52 truncate md:inline lg:max-w-80">{user.matrixId}</span>
        <span className="hidden md:inline-flex">
          <RoleBadge role={user.role} />
        </span>
        <ChevronDown aria-hidden className="hidden text-muted-foreground md:block" />
      </Button>
      {/* Content only while open: a hidden second copy of the Matrix ID would make text lookups ambiguous. */}
      <div
        id={panelId}
        hidden={!open}
        className="absolute top-full right-0 z-50 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-lg border bg-popover p-3 text-popover-foreground shadow-lg"
      >
        {open ? (
          <>
            <p className="text-xs text-muted-foreground">Signed in as</p>
            <p className="mt-1 text-sm font-medium break-all">{user.matrixId}</p>
            <div className="mt-2 flex items-center gap-2 text-xs text-muted-foreground">
              Role <RoleBadge role={user.role} />
            </div>
            <Separator className="my-3" />
            <div className="grid gap-2">
              <Button
                variant="outline"
                size="sm"
                className="w-full"
                disabled={signingOut !== null}
                onClick={handleSignOut}
              >
                <LogOut aria-hidden />
                {signingOut === "here" ? "Signing out…" : "Sign out"}
              </Button>
              <Button
                variant="ghost"
                size="sm"
                className="w-full"
                disabled={signingOut !== null}
                onClick={handleSignOutEverywhere}
              >
                <MonitorX aria-hidden />
                {signingOut === "everywhere" ? "Signing out everywhere…" : "Sign out everywhere"}
              </Button>
              <p className="text-xs text-muted-foreground">
                Everywhere ends your console sessions in every browser, this one included.
              </p>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
