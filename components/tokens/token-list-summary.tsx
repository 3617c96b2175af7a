import { countOf } from "@/lib/format/count";
import type { TokenListSummary } from "@/lib/tokens/token-list";

type Props = {
  summary: TokenListSummary;
  /** Accounts the filters keep, when the list is filtered. */
  matching: number | null;
  /** Tokens of the rows shown, and whether those rows are every account. */
  shownTokens: number;
  showsAll: boolean;
  now: number;
  /** The bot list stopped at this many. */
  botsCutAt: number | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The audit in one line. Everything but the token count covers every account, read from the
 * console's records; tokens are read from Synapse for the rows shown only, and it says so.
 */
export function TokenListSummaryLine({
  summary,
  matching,
  shownTokens,
  showsAll,
  now,
  botsCutAt,
}: Props) {
  const parts = [
    `${countOf(summary.accounts, "account")} (${countOf(summary.bots, "bot")}, ${summary.managed} managed)`,
    `${summary.due} due for rotation`,
    `${countOf(summary.overdueRevocations, "overdue revocation")}`,
    summary.oldestIssuedAt
      ? `oldest console-issued token ${countOf(Math.floor((now - Date.parse(summary.oldestIssuedAt)) / DAY_MS), "day")} old`
      : "no console-issued token",
    showsAll ? countOf(shownTokens, "token") : `${countOf(shownTokens, "token")} on this page`,
    ...(matching === null
      ? []
      : [`${countOf(matching, "account")} ${matching === 1 ? "matches" : "match"} the filters`]),
  ];
  return (
    <div className="grid gap-1 text-sm">
      <p data-testid="tokens-summary">{parts.join(" · ")}</p>
      {botsCutAt ? (
        <p className="text-muted-foreground">
          Only the first {countOf(botsCutAt, "bot")} by user ID are listed.
        </p>
      ) : null}
    </div>
  );
}
