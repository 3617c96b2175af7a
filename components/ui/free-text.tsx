import type { ReactNode } from "react";
import { FREE_TEXT_CLASS } from "./table";

/**
 * Text someone wrote (a display name, a device's name) in a table cell: at most 28rem wide, broken
 * anywhere when it has no spaces, and read in its own direction (a right-to-left name stays so).
 */
export function FreeText({ children }: { children: ReactNode }) {
  return (
    <span className={FREE_TEXT_CLASS} dir="auto">
      {children}
    </span>
  );
}
