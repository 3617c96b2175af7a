import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

type Props = {
  label: string;
  page: number;
  pageSize: number;
  total: number;
  /** The URL of another page. */
  hrefFor: (page: number) => string;
};

/** Previous/Next as plain links, so the page number lives in the URL. */
export function PageLinks({ label, page, pageSize, total, hrefFor }: Props) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const link = buttonVariants({ variant: "outline", size: "sm" });
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-4">
      <p className="text-sm text-muted-foreground">
        {first}–{last} of {total}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={hrefFor(page - 1)}>
            Previous
          </Link>
        ) : null}
        {last < total ? (
          <Link className={link} href={hrefFor(page + 1)}>
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
