import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { CreateRegistrationTokenDialog } from "@/components/users/registration-tokens/create-registration-token-dialog";
import {
  RegistrationTokensTable,
  type RegistrationTokenRow,
} from "@/components/users/registration-tokens/registration-tokens-table";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { countOf } from "@/lib/format/count";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { registrationTokenStatus } from "@/lib/schemas/registration-token";

export const metadata: Metadata = { title: "Registration tokens" };

async function loadTokens(): Promise<{ tokens: RegistrationTokenRow[] } | { problem: string }> {
  try {
    const synapse = await getServiceSynapse();
    const now = Date.now();
    const tokens = await synapse.registrationTokens.list();
    return {
      tokens: tokens.map((token) => ({
        token: token.token,
        usesAllowed: token.uses_allowed,
        pending: token.pending,
        completed: token.completed,
        expiresAt: token.expiry_time,
        status: registrationTokenStatus(token, now),
      })),
    };
  } catch (error) {
    return toPageProblem(error);
  }
}

// Operators read: they look after accounts and hand tokens to people. Viewers do not: a token is a
// credential that lets its holder register an account (the audit log redacts it for the same reason).
// Only admins create, change or delete one, as only admins decide who may join the homeserver.
export default async function RegistrationTokensPage() {
  const user = await requirePageUser("operator");
  const result = await loadTokens();
  const canManage = hasRole(user.role, "admin");
  const usable = "tokens" in result ? result.tokens.filter((t) => t.status === "valid") : [];
  const spent = "tokens" in result ? result.tokens.filter((t) => t.status !== "valid") : [];
  return (
    <div className="space-y-6">
      <PageHeader
        title="Registration tokens"
        description="Tokens that let people register an account on this homeserver without an invitation from an admin."
        actions={canManage ? <CreateRegistrationTokenDialog /> : undefined}
      />
      {"tokens" in result ? (
        <>
          <section className="space-y-2" aria-labelledby="usable-tokens">
            <h2 id="usable-tokens" className="text-lg font-semibold">
              Usable ({countOf(usable.length, "token")})
            </h2>
            {usable.length > 0 ? (
              <RegistrationTokensTable
                label="Usable tokens"
                tokens={usable}
                canManage={canManage}
              />
            ) : (
              <p className="text-sm text-muted-foreground">No token can be used to register now.</p>
            )}
          </section>
          <section className="space-y-2" aria-labelledby="spent-tokens">
            <h2 id="spent-tokens" className="text-lg font-semibold">
              Expired or used up ({countOf(spent.length, "token")})
            </h2>
            {spent.length > 0 ? (
              <RegistrationTokensTable
                label="Expired or used-up tokens"
                tokens={spent}
                canManage={canManage}
              />
            ) : (
              <p className="text-sm text-muted-foreground">None.</p>
            )}
          </section>
        </>
      ) : (
        <PageProblemAlert title="Could not list registration tokens" problem={result.problem} />
      )}
    </div>
  );
}
