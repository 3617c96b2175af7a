import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { tabTitle } from "@/lib/product-name";
import { PageHeader } from "./page-header";

/** A way on from a page that is not there: the list the missing thing would be in, say. */
export type WayBack = { href: string; label: string };

type Props = { title: string; children: ReactNode; waysBack: WayBack[] };

/**
 * What a not-found page shows in the console's frame (its answer is a 404): what was looked for, in
 * words, and links to where it could be found. Its tab says so too: the page's own title ("User",
 * "Report") would name what is not there. Next still renders that page's <title> too (it does not
 * read a nested not-found file's `metadata`: tried); the tab shows this one, which
 * e2e/navigation/not-found.spec.ts checks for each not-found page.
 */
export function NotFoundNotice({ title, children, waysBack }: Props) {
  return (
    <div className="space-y-6">
      <title>{tabTitle(title)}</title>
      <PageHeader title={title} />
      <p className="max-w-2xl wrap-anywhere" data-testid="not-found-message">
        {children}
      </p>
      <nav aria-label="Ways back" className="flex flex-wrap gap-2">
        {waysBack.map((way) => (
          <IntentLink
            key={way.href}
            className={buttonVariants({ variant: "outline" })}
            href={way.href}
          >
            {way.label}
          </IntentLink>
        ))}
      </nav>
    </div>
  );
}
