import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { toUserListQuery, type UserListSearch } from "@/lib/schemas/user-list";

type Props = { search: UserListSearch; total: number; shown: number; nextToken?: string };

/** Previous/Next as plain links, so paging works without JavaScript and the URL keeps the page. */
export function UsersPagination({ search, total, shown, nextToken }: Props) {
  const previousFrom = Math.max(0, search.from - search.limit);
  const nextFrom = nextToken === undefined ? undefined : Number(nextToken);
  const first = shown === 0 ? 0 : search.from + 1;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-4">
      <p className="text-sm text-muted-foreground" data-testid="users-range">
        {first}–{search.from + shown} of {total}
      </p>
      <div className="flex gap-2">
        {search.from > 0 ? (
          <Link
            className={buttonVariants({ variant: "outline", size: "sm" })}
            href={`/users${toUserListQuery(search, { from: previousFrom })}`}
          >
            Previous
          </Link>
        ) : null}
        {nextFrom !== undefined && Number.isFinite(nextFrom) ? (
          <Link
            className={buttonVariants({ variant: "outline", size: "sm" })}
            href={`/users${toUserListQuery(search, { from: nextFrom })}`}
          >
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
