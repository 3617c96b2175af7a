"use client";

import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import type { ActiveFilter } from "@/components/list-filters/active-filter-chips";
import { FilterCheck } from "@/components/list-filters/filter-check";
import { FilterChoice, LabelledFilter } from "@/components/list-filters/filter-fields";
import { LiveFilterForm } from "@/components/list-filters/live-filter-form";
import { Input } from "@/components/ui/input";
import {
  parseTokenListSearch,
  toTokenListQuery,
  type TokenKindFilter,
  type TokenListSearch,
} from "@/lib/tokens/list-search";

const KIND_LABELS: Record<TokenKindFilter, string> = {
  all: "All accounts",
  bot: "Bots",
  managed: "Managed",
  pending: "With old tokens waiting",
};

/** What narrows the list now (not what "unused" means), each with the URL that drops it. */
function activeFilters(search: TokenListSearch): ActiveFilter[] {
  const without = (changes: Partial<TokenListSearch>) =>
    `/tokens${toTokenListQuery(search, { ...changes, page: 1 })}`;
  const filters: ActiveFilter[] = [];
  if (search.kind !== "all") {
    filters.push({ label: KIND_LABELS[search.kind], removeHref: without({ kind: "all" }) });
  }
  if (search.due) filters.push({ label: "Due only", removeHref: without({ due: false }) });
  return filters;
}

/**
 * The table's filters, applied as they change (LiveFilterForm): the URL is the table's only state,
 * and a change starts from the first page, since a filter changes which accounts page 2 holds.
 */
export function TokenListFilters({ search }: { search: TokenListSearch }) {
  // The form holds no page number; the page size stays.
  const hrefOf = (values: Record<string, string>) =>
    `/tokens${toTokenListQuery(parseTokenListSearch({ limit: String(search.limit), ...values }))}`;
  return (
    <LiveFilterForm
      action="/tokens"
      current={`/tokens${toTokenListQuery(search, { page: 1 })}`}
      hrefOf={hrefOf}
      active={activeFilters(search)}
      className="md:grid md:grid-cols-[2fr_1fr_1fr_auto] md:items-end md:gap-4"
      searchId="tokens-q"
      searchLabel="Search user ID"
      search={
        <Input
          id="tokens-q"
          name="q"
          type="search"
          defaultValue={search.q}
          {...LIST_SEARCH_FIELD}
        />
      }
      filters={
        <>
          <FilterChoice
            id="tokens-kind"
            name="kind"
            label="Kind"
            value={search.kind}
            choices={KIND_LABELS}
          />
          <LabelledFilter id="tokens-unused" label="Unused after (days)">
            <Input
              id="tokens-unused"
              name="unused"
              type="number"
              min={1}
              max={3650}
              defaultValue={search.unused}
            />
          </LabelledFilter>
          <div className="col-span-2 self-end pb-2 md:col-span-1">
            <FilterCheck name="due" label="Due only" checked={search.due} />
          </div>
        </>
      }
    />
  );
}
