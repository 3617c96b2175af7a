"use client";

import { ChevronDown } from "lucide-react";
import { useId, useState } from "react";
import { userHref } from "@/components/users/users-table/columns";
import { Button } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { TableCell, TableRow } from "@/components/ui/table";
import { countOf } from "@/lib/format/count";
import { formatRelativeTime } from "@/lib/format/relative-time";
import { tokenFiguresOf, type AuditedAccount } from "@/lib/tokens/token-list";
import { cn } from "@/lib/utils";
import { AccountDetail } from "./account-detail";
import { COLUMN_COUNT, FOLDED, KindBadges, RotationState } from "./columns";
import { ageOf, when } from "./format";
import { RowActions } from "./row-actions";

function LastUsed({ at, now }: { at: string | null; now: number }) {
  if (!at) return <span className="text-muted-foreground">never</span>;
  return (
    <time dateTime={at} title={`${when(at)} UTC`}>
      {formatRelativeTime(new Date(at), new Date(now))}
    </time>
  );
}

type Props = {
  account: AuditedAccount;
  now: number;
  isAdmin: boolean;
  showConnections: boolean;
};

/**
 * One account: its row, and under it the details when opened. Under md the row folds to the
 * account (with its figures in a line) and the actions, so a phone does not scroll sideways.
 */
export function AccountRow({ account, now, isAdmin, showConnections }: Props) {
  const [open, setOpen] = useState(false);
  const detailId = useId();
  const figures = tokenFiguresOf(account.tokens);
  const tokens = account.problem ? "not read" : String(figures.count);
  const oldest = figures.oldest ? ageOf(figures.oldest.since, figures.oldest.sinceBasis, now) : "—";
  return (
    <tbody data-testid={`token-account-${account.userId}`}>
      <TableRow className={cn(open && "border-0")}>
        <TableCell className="align-top md:align-middle">
          {/* A phone breaks the ID anywhere it must; a wider screen only after its hyphens. */}
          <IntentLink
            className="font-mono [overflow-wrap:anywhere] underline-offset-4 hover:underline md:[overflow-wrap:normal]"
            href={userHref(account.userId)}
          >
            {account.userId}
          </IntentLink>
          <div className="mt-1 grid gap-1 text-xs text-muted-foreground md:hidden">
            <KindBadges account={account} />
            <span>
              {account.problem ? "tokens not read" : countOf(figures.count, "token")}
              {figures.oldest ? `, oldest ${oldest}` : ""}
              {figures.lastUsedAt ? (
                <>
                  , used <LastUsed at={figures.lastUsedAt} now={now} />
                </>
              ) : null}
            </span>
            <RotationState account={account} now={now} />
          </div>
        </TableCell>
        <TableCell className={FOLDED}>
          <KindBadges account={account} />
        </TableCell>
        <TableCell className={FOLDED}>{tokens}</TableCell>
        <TableCell className={cn(FOLDED, "whitespace-nowrap")}>{oldest}</TableCell>
        <TableCell className={cn(FOLDED, "whitespace-nowrap")}>
          <LastUsed at={figures.lastUsedAt} now={now} />
        </TableCell>
        <TableCell className={FOLDED}>
          <RotationState account={account} now={now} />
        </TableCell>
        <TableCell className="align-top md:align-middle">
          <div className="flex flex-wrap items-center gap-2">
            {isAdmin ? <RowActions account={account} /> : null}
            <Button
              size="sm"
              variant="ghost"
              aria-expanded={open}
              aria-controls={open ? detailId : undefined}
              onClick={() => setOpen(!open)}
            >
              <ChevronDown
                aria-hidden
                className={cn("transition-transform", open && "rotate-180")}
              />
              Details<span className="sr-only"> of {account.userId}</span>
            </Button>
          </div>
        </TableCell>
      </TableRow>
      {open ? (
        <TableRow id={detailId} className="hover:bg-transparent">
          <TableCell colSpan={COLUMN_COUNT} className="pt-0">
            {/* Its own width on a phone: the token table scrolls inside it, not the page. */}
            <div className="max-w-[calc(100vw-4.5rem)] md:max-w-none">
              <AccountDetail
                account={account}
                now={now}
                isAdmin={isAdmin}
                showConnections={showConnections}
              />
            </div>
          </TableCell>
        </TableRow>
      ) : null}
    </tbody>
  );
}
