import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { formatTimestamp } from "@/components/users/format-time";
import type { RegistrationTokenStatus } from "@/lib/schemas/registration-token";
import { DeleteRegistrationTokenButton } from "./delete-registration-token-button";
import { EditRegistrationTokenDialog } from "./edit-registration-token-dialog";

export type RegistrationTokenRow = {
  token: string;
  usesAllowed: number | null;
  pending: number;
  completed: number;
  expiresAt: number | null;
  status: RegistrationTokenStatus;
};

type Props = { label: string; tokens: RegistrationTokenRow[]; canManage: boolean };

const STATUS_BADGES: Record<RegistrationTokenStatus, React.ReactNode> = {
  valid: <Badge variant="success">usable</Badge>,
  expired: <Badge variant="destructive">expired</Badge>,
  used_up: <Badge variant="warning">used up</Badge>,
};

/** One section of tokens: token, status, uses allowed, pending, completed, expiry. */
export function RegistrationTokensTable({ label, tokens, canManage }: Props) {
  return (
    <div className="overflow-x-auto rounded-md border">
      <Table aria-label={label} className="table-fixed">
        <TableHeader>
          <TableRow>
            <TableHead className="w-[28%]">Token</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Uses allowed</TableHead>
            <TableHead className="text-right">Pending</TableHead>
            <TableHead className="text-right">Completed</TableHead>
            <TableHead>Expires</TableHead>
            {canManage ? (
              <TableHead className="w-40">
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.map((token) => (
            <TableRow key={token.token}>
              <TableCell className="font-mono break-all whitespace-normal">{token.token}</TableCell>
              <TableCell>{STATUS_BADGES[token.status]}</TableCell>
              <TableCell className="text-right">{token.usesAllowed ?? "unlimited"}</TableCell>
              <TableCell className="text-right">{token.pending}</TableCell>
              <TableCell className="text-right">{token.completed}</TableCell>
              <TableCell>{formatTimestamp(token.expiresAt)}</TableCell>
              {canManage ? (
                <TableCell>
                  <div className="flex justify-end gap-2">
                    <EditRegistrationTokenDialog token={token} />
                    <DeleteRegistrationTokenButton token={token} />
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
