import { Badge } from "@/components/ui/badge";
import { TableHead } from "@/components/ui/table";
import { countOf } from "@/lib/format/count";
import type { TokenAccount } from "@/lib/tokens/token-list";
import { daysUntil, when } from "./format";

/** Hidden under md, where the account cell says the same in a line of its own. */
export const FOLDED = "hidden md:table-cell";

const COLUMNS = [
  { name: "Account" },
  { name: "Kind", folded: true },
  { name: "Tokens", folded: true },
  { name: "Oldest", folded: true },
  { name: "Last used", folded: true },
  { name: "Rotation", folded: true },
  { name: "Actions" },
] as const;

export const COLUMN_COUNT = COLUMNS.length;

export function TokenColumnHeads() {
  return COLUMNS.map((column) => (
    <TableHead key={column.name} className={"folded" in column ? FOLDED : undefined}>
      {column.name}
    </TableHead>
  ));
}

export function KindBadges({ account }: { account: TokenAccount }) {
  return (
    <div className="flex flex-wrap gap-1">
      {account.isBot ? <Badge variant="secondary">bot</Badge> : null}
      {account.managed ? <Badge variant="outline">managed</Badge> : null}
      {!account.isBot && !account.managed ? (
        <Badge variant="outline">formerly managed</Badge>
      ) : null}
    </div>
  );
}

/** Whether the account's token is due for rotation, and its old tokens waiting to be revoked. */
export function RotationState({ account, now }: { account: TokenAccount; now: number }) {
  const { rotation, revocations } = account;
  const overdue = revocations?.overdue.length ?? 0;
  const waiting = (revocations?.waiting ?? 0) - overdue;
  return (
    <div className="flex flex-wrap items-center gap-1">
      <RotationBadge rotation={rotation} now={now} />
      {overdue > 0 ? (
        <Badge variant="destructive">{countOf(overdue, "revocation")} overdue</Badge>
      ) : null}
      {waiting > 0 ? (
        <Badge variant="outline">{countOf(waiting, "old token")} waiting</Badge>
      ) : null}
    </div>
  );
}

function RotationBadge({ rotation, now }: { rotation: TokenAccount["rotation"]; now: number }) {
  if (!rotation) return <span className="text-muted-foreground">not managed</span>;
  if (rotation.lastFailed) return <Badge variant="destructive">due: last rotation failed</Badge>;
  if (!rotation.dueAt) return <Badge variant="warning">due: never rotated</Badge>;
  if (rotation.due) return <Badge variant="warning">due since {when(rotation.dueAt)}</Badge>;
  const days = daysUntil(rotation.dueAt, now);
  return (
    <span title={`${when(rotation.dueAt)} UTC`}>
      due in {days < 1 ? "less than a day" : countOf(days, "day")}
    </span>
  );
}
