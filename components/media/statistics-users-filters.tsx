"use client";

import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import type { ActiveFilter } from "@/components/list-filters/active-filter-chips";
import { LabelledFilter } from "@/components/list-filters/filter-fields";
import { LiveFilterForm } from "@/components/list-filters/live-filter-form";
import { Input } from "@/components/ui/input";
import {
  parseMediaUsersSearch,
  toMediaUsersQuery,
  type MediaUsersSearch,
} from "@/lib/schemas/media-statistics";

/** The upload days in force, each with the URL that drops it. */
function activeFilters(
  search: MediaUsersSearch,
  without: (changes: Partial<MediaUsersSearch>) => string,
) {
  const filters: ActiveFilter[] = [];
  if (search.since) {
    filters.push({ label: `Since ${search.since}`, removeHref: without({ since: "" }) });
  }
  if (search.until) {
    filters.push({ label: `Until ${search.until}`, removeHref: without({ until: "" }) });
  }
  return filters;
}

/**
 * The users-by-media table's filters, applied as they change (LiveFilterForm). The sort and the
 * page size stay; a change starts from the first page, since a filter changes who page 2 holds.
 */
export function StatisticsUsersFilters({ search }: { search: MediaUsersSearch }) {
  const without = (changes: Partial<MediaUsersSearch>) =>
    `/media${toMediaUsersQuery(search, { ...changes, from: 0 })}`;
  const hrefOf = (values: Record<string, string>) =>
    `/media${toMediaUsersQuery(parseMediaUsersSearch(values, search.limit))}`;
  const filtered = search.q !== "" || search.since !== "" || search.until !== "";
  return (
    <LiveFilterForm
      action="/media"
      current={without({})}
      hrefOf={hrefOf}
      active={activeFilters(search, without)}
      clearHref={filtered ? without({ q: "", since: "", until: "" }) : null}
      className="md:grid md:grid-cols-4 md:items-end md:gap-4"
      searchClassName="md:col-span-2"
      searchId="media-users-q"
      searchLabel="User or display name contains"
      search={
        <Input
          id="media-users-q"
          name="q"
          type="search"
          defaultValue={search.q}
          {...LIST_SEARCH_FIELD}
        />
      }
      filters={
        <>
          <input type="hidden" name="sort" value={search.sort} />
          <input type="hidden" name="dir" value={search.dir} />
          <LabelledFilter id="media-users-since" label="Uploaded since (UTC)">
            <Input id="media-users-since" name="since" type="date" defaultValue={search.since} />
          </LabelledFilter>
          <LabelledFilter id="media-users-until" label="Uploaded until (UTC)">
            <Input id="media-users-until" name="until" type="date" defaultValue={search.until} />
          </LabelledFilter>
        </>
      }
    />
  );
}
