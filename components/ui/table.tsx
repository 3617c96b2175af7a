import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    // The wrapper scrolls sideways so wide tables stay usable on a phone.
    <div className="relative w-full overflow-x-auto">
      <table className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("[&_tr]:border-b", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

/**
 * A row's and a cell's own classes. A long list's rows may be plain <tr> and <td> with these merged
 * once (cn at module level): a page of rows is then half the components for React to build and to
 * take down.
 */
export const TABLE_ROW_CLASS =
  "border-b transition-colors hover:bg-muted/50 data-[state=selected]:bg-muted";
export const TABLE_CELL_CLASS = "p-3 align-middle";

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn(TABLE_ROW_CLASS, className)} {...props} />;
}

export function TableHead({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      className={cn(
        "h-10 px-3 text-left align-middle font-medium whitespace-nowrap text-muted-foreground",
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn(TABLE_CELL_CLASS, className)} {...props} />;
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("mt-4 text-sm text-muted-foreground", className)} {...props} />;
}
