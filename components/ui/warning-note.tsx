import type { ReactNode } from "react";

/** A sentence the person must not miss before confirming, such as what a change does to them. */
export function WarningNote({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm font-medium text-destructive">
      {children}
    </p>
  );
}
