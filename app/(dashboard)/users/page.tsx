import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { DownloadCsvLink } from "@/components/list-export/download-csv-link";
import { Button } from "@/components/ui/button";
import { UserListFilters } from "@/components/users/users-table/user-list-filters";
import { UsersList } from "@/components/users/users-table/users-list";
import { CreateUserDialog } from "@/components/users/create-user/create-user-dialog";
import { BulkNoticeDialog } from "@/components/users/server-notices/bulk-notice-dialog";
import { describeFilters } from "@/components/users/server-notices/describe-filters";
import { ThreepidMatch } from "@/components/users/users-table/threepid-match";
import { filtersOf } from "@/lib/schemas/server-notice";
import { toPageProblem } from "@/lib/actions/page-problem";
import { countOf } from "@/lib/format/count";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { parseUserListSearch, toListUsersParams, toUserListQuery } from "@/lib/schemas/user-list";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadPage(params: ReturnType<typeof toListUsersParams>) {
  try {
    const synapse = await getServiceSynapse();
    return { list: await synapse.users.list(params) };
  } catch (error) {
    return toPageProblem(error);
  }
}

export default async function UsersPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const search = parseUserListSearch(await searchParams, user.pageSize);
  const [result, homeserver] = await Promise.all([
    loadPage(toListUsersParams(search)),
    getHomeserver().catch(() => null),
  ]);
  // Only decides what is shown; every action checks the role again on the server.
  const canOperate = hasRole(user.role, "operator");
  const isAdmin = hasRole(user.role, "admin");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Users"
        description={
          "list" in result ? (
            <span data-testid="users-total">
              {countOf(result.list.total, "user")} {result.list.total === 1 ? "matches" : "match"}
            </span>
          ) : undefined
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {/* Every role reads the list, so every role may download it. */}
            <DownloadCsvLink
              href={`/api/v1/users/export${toUserListQuery(search, { from: 0 })}`}
              what="user"
            />
            {canOperate ? (
              <>
                <Button variant="outline" asChild>
                  <IntentLink href="/users/registration-tokens">Registration tokens</IntentLink>
                </Button>
                <Button variant="outline" asChild>
                  <IntentLink href="/users/import">Import</IntentLink>
                </Button>
                {"list" in result ? (
                  <BulkNoticeDialog
                    label="Notice to all matching"
                    recipients={{ matching: filtersOf(search) }}
                    count={result.list.total}
                    whom={`every user the list's filters match, ${describeFilters(filtersOf(search))} (${countOf(result.list.total, "user")} now; the job reads the list again as it goes)`}
                  />
                ) : null}
                {homeserver ? (
                  <CreateUserDialog serverName={homeserver.serverName} canCreateAdmins={isAdmin} />
                ) : null}
              </>
            ) : null}
          </div>
        }
      />
      <UserListFilters search={search} />
      <ThreepidMatch search={search.q} />
      {"list" in result ? (
        <UsersList
          first={{
            users: result.list.users,
            total: result.list.total,
            next_token: result.list.next_token ?? null,
          }}
          search={search}
          pageSize={user.pageSize}
          permissions={{ canOperate, canDeactivate: isAdmin }}
          // eslint-disable-next-line react-hooks/purity -- the render's time tells a page fetched ahead from a fresh one
          renderedAt={Date.now()}
        />
      ) : (
        <PageProblemAlert title="Could not list users" problem={result.problem} />
      )}
    </div>
  );
}
