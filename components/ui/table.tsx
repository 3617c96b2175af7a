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

/**
 * For text people wrote (a display name, a room name, a reason) inside a cell: at most 28rem wide,
 * and broken anywhere when it has no spaces, so one long value cannot push the other columns out
 * of the table. On a block inside the cell: table layout does not honour a cell's own max-width.
 * Give the block `dir="auto"` too, so a name in a right-to-left script reads in its own direction.
 */
export const FREE_TEXT_CLASS = "block max-w-md wrap-anywhere";

/**
 * The same kept to one line with an ellipsis (the whole text is in its title, or on the item's own
 * page); on a phone, where the row is a block, wrapped whole instead.
 */
export const FREE_TEXT_LINE_CLASS =
  "block max-w-xs truncate max-md:max-w-none max-md:whitespace-normal max-md:wrap-anywhere";

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
