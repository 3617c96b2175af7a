import { Table, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditedAccount } from "@/lib/tokens/token-list";
import { AccountRow } from "./account-row";
import { TokenColumnHeads } from "./columns";

type Props = {
  accounts: AuditedAccount[];
  now: number;
  isAdmin: boolean;
  /** Whether the viewer sees the tokens' last IP (lib/auth/connection-privacy.ts). */
  showConnections: boolean;
};

/** One page of the audited accounts, a row each, their details opened one by one. */
export function TokensTable({ accounts, now, isAdmin, showConnections }: Props) {
  return (
    <Table aria-label="Token accounts">
      <TableHeader>
        <TableRow>
          <TokenColumnHeads />
        </TableRow>
      </TableHeader>
      {accounts.map((account) => (
        <AccountRow
          key={account.userId}
          account={account}
          now={now}
          isAdmin={isAdmin}
          showConnections={showConnections}
        />
      ))}
    </Table>
  );
}
