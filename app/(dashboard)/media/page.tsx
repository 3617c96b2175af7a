import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { StatisticsRoomsSection } from "@/components/media/statistics-rooms-section";
import { StatisticsUsersSection } from "@/components/media/statistics-users-section";
import { buttonVariants } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { loadLargestRooms, loadUsersMedia } from "@/lib/media/statistics-reads";
import { mediaUsersRangeProblem, parseMediaUsersSearch } from "@/lib/schemas/media-statistics";
import type { SearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Media" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

// Operators and admins read the statistics: operators look after users' media (the user and room
// pages' media tabs) and need to see who fills the store. Viewers do not: the table is a profile of
// each person's uploads over any time range, more than the user list says, and both statistics are
// heavy queries on Synapse's database. The clean-up is for admins (its own page), since deleted
// media cannot be brought back.
export default async function MediaPage({ searchParams }: Props) {
  const user = await requirePageUser("operator");
  const search = parseMediaUsersSearch(await searchParams, user.pageSize);
  const rangeProblem = mediaUsersRangeProblem(search);
  const [users, rooms] = await Promise.all([
    rangeProblem ? { problem: rangeProblem } : loadUsersMedia(search),
    loadLargestRooms(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Media"
        description="Who uses the media store and which rooms take the most database space."
        actions={
          hasRole(user.role, "admin") ? (
            <IntentLink className={buttonVariants({ variant: "outline" })} href="/media/cleanup">
              Clean up media
            </IntentLink>
          ) : undefined
        }
      />
      <StatisticsUsersSection search={search} result={users} refused={rangeProblem !== null} />
      <StatisticsRoomsSection result={rooms} />
    </div>
  );
}
