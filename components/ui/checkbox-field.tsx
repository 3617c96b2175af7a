import type { ComponentProps, ReactNode } from "react";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

type Props = ComponentProps<"input"> & { id: string; children: ReactNode };

/** A checkbox with its label beside it; the rest of the props go to the input (form.register). */
export function CheckboxField({ id, children, className, ...props }: Props) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" className={cn("size-4", className)} {...props} />
      <Label htmlFor={id}>{children}</Label>
    </div>
  );
}
