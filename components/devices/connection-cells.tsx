import { TableCell } from "@/components/ui/table";

/** The heads of the two cells, after a device's other columns. */
export const CONNECTION_COLUMNS = ["IP", "User agent"];

/**
 * Where a device was last used from and with which client: two cells operators and admins see
 * (lib/auth/connection-privacy.ts).
 */
export function ConnectionCells({
  ip,
  userAgent,
}: {
  ip: string | null | undefined;
  userAgent: string | null | undefined;
}) {
  return (
    <>
      <TableCell className="font-mono text-sm">{ip ?? ""}</TableCell>
      <TableCell className="max-w-xs truncate text-sm">{userAgent ?? ""}</TableCell>
    </>
  );
}
