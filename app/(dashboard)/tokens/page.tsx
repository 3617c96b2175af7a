import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { AccountCard } from "@/components/tokens/account-card";
import { PolicyDialog } from "@/components/tokens/policy-dialog";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { findTokenAudit } from "@/lib/tokens/token-audit";

export const metadata: Metadata = { title: "Tokens" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DEFAULT_UNUSED_DAYS = 30;

function unusedDaysFrom(value: string | string[] | undefined) {
  const days = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(days) && days > 0 && days <= 3650 ? days : DEFAULT_UNUSED_DAYS;
}

async function loadAudit(unusedDays: number, now: Date, showWebhookUrls: boolean) {
  try {
    const synapse = await getServiceSynapse();
    return { accounts: await findTokenAudit(synapse, { unusedDays, now, showWebhookUrls }) };
  } catch (error) {
    return toPageProblem(error);
  }
}

export default async function TokensPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const unusedDays = unusedDaysFrom((await searchParams).unused);
  const now = new Date();
  // Decides what is shown (webhook URLs are left out of the data); every action checks the role again.
  const isAdmin = hasRole(user.role, "admin");
  const result = await loadAudit(unusedDays, now, isAdmin);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Tokens"
        description={`Bots, managed accounts and accounts with old tokens waiting for revocation. A token's age counts from when the console issued it; for other devices Synapse does not say when they were made, so it counts from when they were last seen. Unused means not seen for ${unusedDays} days.`}
        actions={
          isAdmin ? (
            <PolicyDialog mode="manage" defaults={{}} label="Manage an account" />
          ) : undefined
        }
      />
      {"accounts" in result ? (
        result.accounts.length === 0 ? (
          <p className="text-sm text-muted-foreground">No bots and no managed accounts.</p>
        ) : (
          result.accounts.map((account) => (
            <AccountCard key={account.userId} account={account} now={now} isAdmin={isAdmin} />
          ))
        )
      ) : (
        <PageProblemAlert title="Could not audit tokens" problem={result.problem} />
      )}
    </div>
  );
}
