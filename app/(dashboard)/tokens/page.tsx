import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { PolicyDialog } from "@/components/tokens/policy-dialog";
import { TokenListFilters } from "@/components/tokens/token-list-filters";
import { TokenListSummaryLine } from "@/components/tokens/token-list-summary";
import { TokensTable } from "@/components/tokens/tokens-table/tokens-table";
import { Pager } from "@/components/ui/pager";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { seesConnections, withConnectionsFor } from "@/lib/auth/connection-privacy";
import { hasRole } from "@/lib/auth/roles";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import type { SearchParams } from "@/lib/schemas/search-params";
import {
  isFiltered,
  parseTokenListSearch,
  toTokenListQuery,
  type TokenListSearch,
} from "@/lib/tokens/list-search";
import { findAccountTokens, findTokenAccounts, MAX_BOTS } from "@/lib/tokens/token-audit";
import { filterTokenAccounts, pageOf, summarizeTokenAccounts } from "@/lib/tokens/token-list";

export const metadata: Metadata = { title: "Tokens" };

type Props = { searchParams: Promise<SearchParams> };

/**
 * Every account from the console's records and one bot list (cheap, so the summary and filters
 * cover them all); devices from Synapse for the page's rows only.
 */
async function loadAudit(search: TokenListSearch, now: Date, showWebhookUrls: boolean) {
  try {
    const synapse = await getServiceSynapse();
    const { accounts, botsCut } = await findTokenAccounts(synapse, { now, showWebhookUrls });
    const matching = filterTokenAccounts(accounts, search);
    const page = pageOf(matching, search.page, search.limit);
    const rows = await findAccountTokens(synapse, page.rows, { unusedDays: search.unused, now });
    return { summary: summarizeTokenAccounts(accounts), page: { ...page, rows }, botsCut };
  } catch (error) {
    return toPageProblem(error);
  }
}

export default async function TokensPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const search = parseTokenListSearch(await searchParams, user.pageSize);
  const now = new Date();
  // Decides what is shown (webhook URLs are left out of the data); every action checks the role again.
  const isAdmin = hasRole(user.role, "admin");
  const showConnections = seesConnections(user.role);
  const result = await loadAudit(search, now, isAdmin);
  const href = (page: number) => `/tokens${toTokenListQuery(search, { page })}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Tokens"
        description={`Bots, managed accounts and accounts with old tokens waiting for revocation. A token's age counts from when the console issued it; for other devices Synapse does not say when they were made, so it counts from when they were last seen. Unused means not seen for ${search.unused} days.`}
        actions={
          isAdmin ? (
            <PolicyDialog mode="manage" defaults={{}} label="Manage an account" />
          ) : undefined
        }
      />
      <TokenListFilters search={search} />
      {"page" in result ? (
        <>
          <TokenListSummaryLine
            summary={result.summary}
            matching={isFiltered(search) ? result.page.total : null}
            shownTokens={result.page.rows.reduce((sum, row) => sum + row.tokens.length, 0)}
            showsAll={!isFiltered(search) && result.page.pages === 1}
            now={now.getTime()}
            botsCutAt={result.botsCut ? MAX_BOTS : null}
          />
          {result.page.total === 0 ? (
            <p className="text-sm text-muted-foreground">
              {result.summary.accounts === 0
                ? "No bots and no managed accounts."
                : "No accounts match the filters."}
            </p>
          ) : (
            <>
              <TokensTable
                accounts={withConnectionsFor(user.role, result.page.rows, (account) => ({
                  ...account,
                  tokens: account.tokens.map((token) => ({ ...token, lastIp: null })),
                }))}
                now={now.getTime()}
                isAdmin={isAdmin}
                showConnections={showConnections}
              />
              <Pager
                label="Pages of accounts"
                // A page of accounts reads each row's devices from Synapse: fetching the next one
                // for every view would double that cost on a page few people page through.
                fetchNextAhead={false}
                pageSize={search.limit}
                summary={`${result.page.from + 1}–${result.page.from + result.page.rows.length} of ${result.page.total}`}
                summaryTestId="tokens-range"
                previousHref={result.page.page > 1 ? href(result.page.page - 1) : null}
                nextHref={result.page.page < result.page.pages ? href(result.page.page + 1) : null}
              />
            </>
          )}
        </>
      ) : (
        <PageProblemAlert title="Could not audit tokens" problem={result.problem} />
      )}
    </div>
  );
}
