import { FREE_TEXT_LINE_CLASS, TableCell } from "@/components/ui/table";
import { cn } from "@/lib/utils";

/** The heads of the two cells, after a device's other columns. */
export const CONNECTION_COLUMNS = ["IP", "User agent"];

/**
 * Where a device was last used from and with which client: two cells operators and admins see
 * (lib/auth/connection-privacy.ts).
 */
export function ConnectionCells({
  ip,
  userAgent,
  className,
}: {
  ip: string | null | undefined;
  userAgent: string | null | undefined;
  /** Added to both cells (a table drawn as blocks on a phone: see ui/phone-rows.ts). */
  className?: string;
}) {
  const [ipColumn, userAgentColumn] = CONNECTION_COLUMNS;
  return (
    <>
      <TableCell className={cn("font-mono text-sm", className)} data-label={ipColumn}>
        {ip ?? ""}
      </TableCell>
      <TableCell
        className={cn("text-sm", className)}
        data-label={userAgentColumn}
        title={userAgent ?? undefined}
      >
        <span className={cn(FREE_TEXT_LINE_CLASS, "max-md:inline")}>{userAgent ?? ""}</span>
      </TableCell>
    </>
  );
}
