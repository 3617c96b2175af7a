import { IntentLink } from "@/components/ui/intent-link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { countOf } from "@/lib/format/count";
import type { AuditedAccount, AuditedToken } from "@/lib/tokens/token-audit";
import { AccountActions } from "./account-actions";
import { OverdueRevocations } from "./overdue-revocations";

const when = (iso: string | null) =>
  iso ? new Date(iso).toISOString().slice(0, 16).replace("T", " ") : "—";

function ageOf(token: AuditedToken, now: Date) {
  if (!token.since) return "unknown";
  const days = Math.floor((now.getTime() - new Date(token.since).getTime()) / 86_400_000);
  const basis = token.sinceBasis === "issued" ? "since issued" : "since last seen";
  return `${days} d ${basis}`;
}

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
      <Revocations account={account} />
    </div>
  );
}

/** The old tokens still working; when the next one ends, once its grace period is over. */
function Revocations({ account }: { account: AuditedAccount }) {
  const state = account.revocations;
  if (!state) return null;
  const next = state.nextDueAt ? `, the next at ${when(state.nextDueAt)} UTC` : "";
  return (
    <span>
      Waiting for revocation: {countOf(state.waiting, "old token")}
      {next}
    </span>
  );
}

/** One account on the token audit page: policy, schedule, warnings and each token. */
export function AccountCard({
  account,
  now,
  isAdmin,
}: {
  account: AuditedAccount;
  now: Date;
  isAdmin: boolean;
}) {
  const overdue = new Set(account.revocations?.overdue.map((revocation) => revocation.deviceId));
  return (
    <Card data-testid={`token-account-${account.userId}`}>
      <CardHeader className="gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle className="flex items-center gap-2 font-mono text-base">
            {account.userId}
            {account.isBot ? <Badge variant="secondary">bot</Badge> : null}
            {account.managed ? <Badge variant="outline">managed</Badge> : null}
          </CardTitle>
          {isAdmin ? <AccountActions account={account} /> : null}
        </div>
        <Policy account={account} />
        <OverdueRevocations userId={account.userId} overdue={account.revocations?.overdue ?? []} />
        {account.warnings.map((warning) => (
          <Badge key={warning} variant="destructive" className="whitespace-normal">
            {warning}
          </Badge>
        ))}
        {account.problem ? (
          <p className="text-sm text-destructive">Devices could not be read: {account.problem}</p>
        ) : null}
      </CardHeader>
      <CardContent>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Token</TableHead>
              <TableHead>Age</TableHead>
              <TableHead>Last use</TableHead>
              <TableHead>Last IP</TableHead>
              <TableHead>Warnings</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {account.tokens.length === 0 ? (
              <TableRow>
                <TableCell colSpan={5} className="text-muted-foreground">
                  No tokens.
                </TableCell>
              </TableRow>
            ) : null}
            {account.tokens.map((token) => (
              <TableRow key={token.id}>
                <TableCell>
                  <span className="font-mono">{token.id}</span>
                  {token.displayName ? (
                    <span className="block text-xs text-muted-foreground">{token.displayName}</span>
                  ) : null}
                </TableCell>
                <TableCell>{ageOf(token, now)}</TableCell>
                <TableCell>
                  {token.kind === "console" ? "not tracked by Synapse" : when(token.lastUsedAt)}
                </TableCell>
                <TableCell>{token.lastIp ?? "—"}</TableCell>
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
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
