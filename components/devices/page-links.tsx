import { Pager } from "@/components/ui/pager";

type Props = {
  label: string;
  page: number;
  pageSize: number;
  total: number;
  /** The URL of another page. */
  hrefFor: (page: number) => string;
};

/** Numbered pages of a snapshot query, with the range shown. */
export function PageLinks({ label, page, pageSize, total, hrefFor }: Props) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Pager
      label={label}
      summary={`${first}–${last} of ${total}`}
      previousHref={page > 1 ? hrefFor(page - 1) : null}
      nextHref={last < total ? hrefFor(page + 1) : null}
    />
  );
}
