import { Badge } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import { TableCell, TableRow } from "@/components/ui/table";
import { DataTable } from "@/components/ui/data-table";
import { countOf } from "@/lib/format/count";
import type { AuditedAccount } from "@/lib/tokens/token-list";
import { OverdueRevocations } from "../overdue-revocations";
import { ageOf, when } from "./format";
import { PolicyActions } from "./policy-actions";

const TOKEN_COLUMNS = ["Token", "Age", "Last use", "Last IP", "Warnings"];
const WITHOUT_IP = TOKEN_COLUMNS.filter((column) => column !== "Last IP");

function Policy({ account }: { account: AuditedAccount }) {
  const { managed, schedule } = account;
  return (
    <div className="grid gap-1 text-sm text-muted-foreground">
      {managed ? (
        <span>
          Managed: max age {managed.maxTokenAgeDays} d, grace {managed.graceMinutes} min
          {managed.webhookUrl ? `, webhook ${managed.webhookUrl}` : ""}
          {managed.webhookUrl && managed.webhookAllowPrivate ? " (private address allowed)" : ""};
          last rotation {managed.lastRotationAt ? when(managed.lastRotationAt) : "never"}
          {managed.lastRotationOk === true ? " (ok)" : ""}
        </span>
      ) : (
        <span>Not managed: the console does not rotate this token.</span>
      )}
      <span>
        Rotation schedule:{" "}
        {schedule ? (
          <>
            <IntentLink className="underline" href={`/jobs/${schedule.definitionId}`}>
              {schedule.name}
            </IntentLink>{" "}
            ({schedule.cron ?? "by hand only"}), next {when(schedule.nextRunAt)} UTC
          </>
        ) : (
          "none"
        )}
      </span>
      {account.revocations ? (
        <span>
          Waiting for revocation: {countOf(account.revocations.waiting, "old token")}
          {account.revocations.nextDueAt
            ? `, the next at ${when(account.revocations.nextDueAt)} UTC`
            : ""}
        </span>
      ) : null}
    </div>
  );
}

/** Everything the row leaves out: policy, schedule, warnings, overdue revocations, each token. */
export function AccountDetail({
  account,
  now,
  isAdmin,
  showConnections,
}: {
  account: AuditedAccount;
  now: number;
  isAdmin: boolean;
  /** Whether the viewer sees the last IP (lib/auth/connection-privacy.ts). */
  showConnections: boolean;
}) {
  const overdue = new Set(account.revocations?.overdue.map((revocation) => revocation.deviceId));
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Policy account={account} />
        {isAdmin && account.managed ? (
          <PolicyActions userId={account.userId} managed={account.managed} />
        ) : null}
      </div>
      <OverdueRevocations userId={account.userId} overdue={account.revocations?.overdue ?? []} />
      {account.warnings.map((warning) => (
        <Badge key={warning} variant="destructive" className="whitespace-normal">
          {warning}
        </Badge>
      ))}
      {account.problem ? (
        <p className="text-sm text-destructive">Devices could not be read: {account.problem}</p>
      ) : null}
      <DataTable
        label={`Tokens of ${account.userId}`}
        columns={showConnections ? TOKEN_COLUMNS : WITHOUT_IP}
        rows={account.tokens}
        empty="No tokens."
        renderRow={(token) => (
          <TableRow key={token.id}>
            <TableCell>
              <span className="font-mono">{token.id}</span>
              {token.displayName ? (
                <span className="block text-xs text-muted-foreground">{token.displayName}</span>
              ) : null}
            </TableCell>
            <TableCell>{ageOf(token.since, token.sinceBasis, now)}</TableCell>
            <TableCell>
              {token.kind === "console" ? "not tracked by Synapse" : when(token.lastUsedAt)}
            </TableCell>
            {showConnections ? <TableCell>{token.lastIp ?? "—"}</TableCell> : null}
            <TableCell>
              <div className="flex flex-wrap gap-1">
                {overdue.has(token.id) ? (
                  <Badge variant="destructive">revocation overdue</Badge>
                ) : null}
                {token.warnings.map((warning) => (
                  <Badge key={warning} variant="warning">
                    {warning}
                  </Badge>
                ))}
              </div>
            </TableCell>
          </TableRow>
        )}
      />
    </div>
  );
}
