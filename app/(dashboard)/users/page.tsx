import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Button } from "@/components/ui/button";
import { UserListFilters } from "@/components/users/users-table/user-list-filters";
import { ThreepidMatch } from "@/components/users/users-table/threepid-match";
import { UsersList } from "@/components/users/users-table/users-list";
import { usersCsvHref } from "@/components/users/users-table/users-page";
import { DownloadCsvLink } from "@/components/list-export/download-csv-link";
import { CreateUserDialog } from "@/components/users/create-user/create-user-dialog";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { parseUserListSearch, type UserListSearch } from "@/lib/schemas/user-list";
import { lookUpThreepid, readUsersPage } from "@/lib/users/users-page";
import type {
  ThreepidMatch as ThreepidMatchAnswer,
  UsersPage as UsersPageData,
} from "@/lib/users/users-page-shape";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Loaded = { page: UsersPageData } | { problem: string; threepid?: ThreepidMatchAnswer };

async function loadPage(search: UserListSearch): Promise<Loaded> {
  let threepidLookup: Promise<ThreepidMatchAnswer | undefined> = Promise.resolve(undefined);
  try {
    const synapse = await getServiceSynapse();
    threepidLookup = lookUpThreepid(synapse, search);
    return { page: await readUsersPage(synapse, search, threepidLookup) };
  } catch (error) {
    // The lookup is a call of its own, which may have answered: it shows above the reason.
    const threepid = await threepidLookup.catch(() => undefined);
    return { ...toPageProblem(error), threepid };
  }
}

export default async function UsersPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const search = parseUserListSearch(await searchParams, user.pageSize);
  const [result, homeserver] = await Promise.all([
    loadPage(search),
    getHomeserver().catch(() => null),
  ]);
  // Only decides what is shown; every action checks the role again on the server.
  const canOperate = hasRole(user.role, "operator");
  const isAdmin = hasRole(user.role, "admin");
  const links = canOperate ? (
    <>
      <Button variant="outline" asChild>
        <IntentLink href="/users/registration-tokens">Registration tokens</IntentLink>
      </Button>
      <Button variant="outline" asChild>
        <IntentLink href="/users/import">Import</IntentLink>
      </Button>
    </>
  ) : null;
  const create =
    canOperate && homeserver ? (
      <CreateUserDialog serverName={homeserver.serverName} canCreateAdmins={isAdmin} />
    ) : null;
  return (
    <div className="space-y-6">
      {"page" in result ? (
        <UsersList
          first={result.page}
          search={search}
          pageSize={user.pageSize}
          permissions={{ canOperate, canDeactivate: isAdmin }}
          links={links}
          create={create}
          // eslint-disable-next-line react-hooks/purity -- the render's time tells a page fetched ahead from a fresh one
          renderedAt={Date.now()}
        />
      ) : (
        <>
          <PageHeader
            title="Users"
            actions={
              <div className="flex flex-wrap gap-2">
                <DownloadCsvLink href={usersCsvHref(search)} what="user" />
                {links}
                {create}
              </div>
            }
          />
          <UserListFilters search={search} />
          {/* Its own failure would only repeat the reason below. */}
          {result.threepid && !("problem" in result.threepid) ? (
            <ThreepidMatch match={result.threepid} />
          ) : null}
          <PageProblemAlert title="Could not list users" problem={result.problem} />
        </>
      )}
    </div>
  );
}
