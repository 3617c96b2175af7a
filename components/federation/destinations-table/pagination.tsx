import { Pager } from "@/components/ui/pager";
import { listRange } from "@/lib/format/list-range";
import { toDestinationListQuery, type DestinationListSearch } from "@/lib/schemas/destination-list";

type Props = { search: DestinationListSearch; total: number; shown: number; nextToken?: number };

export function DestinationsPagination({ search, total, shown, nextToken }: Props) {
  const href = (from: number) => `/federation${toDestinationListQuery(search, { from })}`;
  return (
    <Pager
      pageSize={search.limit}
      summary={listRange({ noun: "destination", first: search.from + 1, shown, total })}
      summaryTestId="destinations-range"
      previousHref={search.from > 0 ? href(Math.max(0, search.from - search.limit)) : null}
      nextHref={nextToken !== undefined && Number.isFinite(nextToken) ? href(nextToken) : null}
    />
  );
}
