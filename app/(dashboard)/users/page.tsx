import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { UserListFilters } from "@/components/users/users-table/user-list-filters";
import { UsersPagination } from "@/components/users/users-table/pagination";
import { UsersTable } from "@/components/users/users-table/users-table";
import { toPageProblem } from "@/lib/actions/page-problem";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { parseUserListSearch, toListUsersParams } from "@/lib/schemas/user-list";

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
  const search = parseUserListSearch(await searchParams);
  const result = await loadPage(toListUsersParams(search));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Users"
        description={
          "list" in result ? (
            <span data-testid="users-total">{result.list.total} users match</span>
          ) : undefined
        }
      />
      <UserListFilters search={search} />
      {"list" in result ? (
        <>
          <UsersTable users={result.list.users} />
          <UsersPagination
            search={search}
            total={result.list.total}
            shown={result.list.users.length}
            nextToken={result.list.next_token}
          />
        </>
      ) : (
        <PageProblemAlert title="Could not list users" problem={result.problem} />
      )}
    </div>
  );
}
