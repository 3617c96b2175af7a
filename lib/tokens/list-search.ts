import { z } from "zod";
import {
  DEFAULT_PAGE_SIZE,
  pageSizeInUrl,
  settlePageSize,
  type PageSize,
} from "@/lib/schemas/page-size";
import { firstValues, type SearchParams } from "@/lib/schemas/search-params";
import { hasNoControlCharacters } from "@/lib/schemas/text";

export const DEFAULT_UNUSED_DAYS = 30;

/** Which accounts the table lists: all, bots, managed ones, or those with old tokens waiting. */
export const TOKEN_KIND_FILTERS = ["all", "bot", "managed", "pending"] as const;
export type TokenKindFilter = (typeof TOKEN_KIND_FILTERS)[number];

// A shared or hand-edited URL may hold anything; a bad value falls back instead of failing the page.
const tokenListSearchSchema = z.object({
  q: z.string().trim().max(256).refine(hasNoControlCharacters).catch(""),
  kind: z.enum(TOKEN_KIND_FILTERS).catch("all"),
  due: z
    .enum(["1", "true", "on"])
    .optional()
    .transform((value) => value !== undefined)
    .catch(false),
  unused: z.coerce.number().int().min(1).max(3650).catch(DEFAULT_UNUSED_DAYS),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  limit: pageSizeInUrl,
});

/** The Tokens table's state as it lives in the URL, its page size settled. */
export type TokenListSearch = Omit<z.output<typeof tokenListSearchSchema>, "limit"> & {
  limit: PageSize;
};

/** The URL's state; `pageSize` (the reader's choice) applies when the URL names no page size. */
export function parseTokenListSearch(raw: SearchParams, pageSize?: PageSize): TokenListSearch {
  return settlePageSize(tokenListSearchSchema.parse(firstValues(raw)), pageSize);
}

/** Whether the list is narrowed at all (the summary then says how many match). */
export function isFiltered(search: TokenListSearch) {
  return search.q !== "" || search.kind !== "all" || search.due;
}

/** The URL search string for a state, leaving out defaults so links stay short. */
export function toTokenListQuery(search: TokenListSearch, changes: Partial<TokenListSearch> = {}) {
  const next = { ...search, ...changes };
  const query = new URLSearchParams();
  if (next.q) query.set("q", next.q);
  if (next.kind !== "all") query.set("kind", next.kind);
  if (next.due) query.set("due", "1");
  if (next.unused !== DEFAULT_UNUSED_DAYS) query.set("unused", String(next.unused));
  if (next.limit !== DEFAULT_PAGE_SIZE) query.set("limit", String(next.limit));
  if (next.page > 1) query.set("page", String(next.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}
