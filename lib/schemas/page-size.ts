import { z } from "zod";

/** The rows per page a person may choose; one choice for every list (issue 14). */
export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;

export const isPageSize = (value: number): value is PageSize =>
  (PAGE_SIZES as readonly number[]).includes(value);

/** A page size as a person chooses it: one of PAGE_SIZES, or refused. */
export const pageSizeSchema = z.coerce
  .number()
  .pipe(z.literal(PAGE_SIZES, { error: `Choose ${PAGE_SIZES.join(", ")} rows per page.` }));

/**
 * A list URL's page size: one of PAGE_SIZES, else `fallback` (the reader's own choice). A shared or
 * hand-edited URL may hold anything; a bad value falls back instead of failing the page.
 */
export const pageSizeParam = (fallback: PageSize) => pageSizeSchema.catch(fallback);

/** A list URL's page size when it names one of PAGE_SIZES; otherwise the reader's own choice applies. */
export const pageSizeInUrl = pageSizeSchema.optional().catch(undefined);

/** A list's URL state with its page size settled: the URL's, else the reader's choice, else 50. */
export function settlePageSize<T extends { limit?: PageSize }>(
  search: T,
  chosen: PageSize = DEFAULT_PAGE_SIZE,
): T & { limit: PageSize } {
  return { ...search, limit: search.limit ?? chosen };
}

/** The offset of a list's last page, for `total` rows at `pageSize` a page (0 for none). */
export function lastPageOffset(total: number, pageSize: number): number {
  return total > 0 ? Math.floor((total - 1) / pageSize) * pageSize : 0;
}
