import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** The message under a field; give it an id and point the field's aria-describedby at it. */
export function FieldError({ className, children, ...props }: ComponentProps<"p">) {
  if (!children) return null;
  return (
    <p className={cn("text-sm text-destructive", className)} {...props}>
      {children}
    </p>
  );
}
