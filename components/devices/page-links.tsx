import { Pager } from "@/components/ui/pager";
import { listRange } from "@/lib/format/list-range";

type Props = {
  label: string;
  /** What the list holds, singular: "device". */
  noun: string;
  page: number;
  pageSize: number;
  total: number;
  /** The URL of another page. */
  hrefFor: (page: number) => string;
};

/**
 * Pages of a snapshot query, with the range shown and the reader's rows per page. The snapshot
 * counts its rows exactly, so the last page is known.
 */
export function PageLinks({ label, noun, page, pageSize, total, hrefFor }: Props) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Pager
      label={label}
      summary={listRange({ noun, first, shown: Math.max(0, last - first + 1), total })}
      pageSize={pageSize}
      firstHref={page > 1 ? hrefFor(1) : null}
      previousHref={page > 1 ? hrefFor(page - 1) : null}
      nextHref={last < total ? hrefFor(page + 1) : null}
      lastHref={page < lastPage ? hrefFor(lastPage) : null}
    />
  );
}
