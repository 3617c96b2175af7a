"use client";

import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import { memo } from "react";
import { FilterCheck } from "@/components/list-filters/filter-check";
import { FilterChoice, USER_TYPE_CHOICES } from "@/components/list-filters/filter-fields";
import { LiveFilterForm } from "@/components/list-filters/live-filter-form";
import type { ActiveFilter } from "@/components/list-filters/active-filter-chips";
import type { LiveFiltersOptions } from "@/components/list-filters/use-live-filters";
import { Input } from "@/components/ui/input";
import {
  parseUserListSearch,
  toUserListQuery,
  type UserListSearch,
  type UserTypeFilter,
} from "@/lib/schemas/user-list";

const SORT_LABELS = {
  name: "User ID",
  creation_ts: "Creation time",
  last_seen_ts: "Last seen (slow on big servers)",
} as const;

const TYPE_LABELS: Record<UserTypeFilter, string> = USER_TYPE_CHOICES;

const ORDER_LABELS = { asc: "Ascending", desc: "Descending" };

const ACCOUNT_LABELS = {
  active: "Active only",
  deactivated: "Deactivated only",
  all: "All",
};

/** What narrows the list now (not its order or page size), each with the URL that drops it. */
function activeFilters(search: UserListSearch): ActiveFilter[] {
  const without = (changes: Partial<UserListSearch>) =>
    `/users${toUserListQuery(search, { ...changes, from: 0 })}`;
  const filters: ActiveFilter[] = [];
  if (search.deactivated !== "active") {
    filters.push({
      label: search.deactivated === "all" ? "Active and deactivated" : "Deactivated only",
      removeHref: without({ deactivated: "active" }),
    });
  }
  if (search.type !== "all") {
    filters.push({ label: TYPE_LABELS[search.type], removeHref: without({ type: "all" }) });
  }
  if (search.admins) filters.push({ label: "Admins only", removeHref: without({ admins: false }) });
  if (search.guests) {
    filters.push({ label: "Include guests", removeHref: without({ guests: false }) });
  }
  if (search.hideLocked) {
    filters.push({ label: "Hide locked", removeHref: without({ hideLocked: false }) });
  }
  return filters;
}

type Props = { search: UserListSearch; follow?: LiveFiltersOptions["follow"] };

/**
 * The users list's filters; the URL is the table's only state, and paging starts again on a
 * change. Beside a list paged in the browser, `follow` shows what they ask for in place.
 */
export const UserListFilters = memo(function UserListFilters({ search, follow }: Props) {
  // The form holds no page number, so a change starts from the first page; the page size stays.
  const hrefOf = (values: Record<string, string>) =>
    `/users${toUserListQuery(parseUserListSearch({ limit: String(search.limit), ...values }))}`;
  return (
    <LiveFilterForm
      action="/users"
      current={`/users${toUserListQuery(search, { from: 0 })}`}
      hrefOf={hrefOf}
      follow={follow}
      active={activeFilters(search)}
      className="md:grid md:grid-cols-4 md:gap-4"
      searchClassName="md:col-span-2"
      searchId="users-q"
      searchLabel="Search user ID or display name"
      search={
        <Input
          id="users-q"
          name="q"
          type="search"
          defaultValue={search.q ?? ""}
          {...LIST_SEARCH_FIELD}
        />
      }
      filters={
        <>
          <FilterChoice
            id="users-sort"
            name="sort"
            label="Sort by"
            value={search.sort}
            choices={SORT_LABELS}
          />
          <FilterChoice
            id="users-dir"
            name="dir"
            label="Order"
            value={search.dir}
            choices={ORDER_LABELS}
          />
          <FilterChoice
            id="users-deactivated"
            name="deactivated"
            label="Accounts"
            value={search.deactivated}
            choices={ACCOUNT_LABELS}
          />
          <FilterChoice
            id="users-type"
            name="type"
            label="User type"
            value={search.type}
            choices={TYPE_LABELS}
          />
          <div className="col-span-2 flex flex-wrap items-end gap-4">
            <FilterCheck name="admins" label="Admins only" checked={search.admins} />
            <FilterCheck name="guests" label="Include guests" checked={search.guests} />
            <FilterCheck name="hideLocked" label="Hide locked" checked={search.hideLocked} />
          </div>
          {search.sort === "last_seen_ts" ? (
            <p className="col-span-2 text-sm text-muted-foreground md:col-span-4">
              Synapse does not index last-seen times, so this order can take long on big servers.
            </p>
          ) : null}
        </>
      }
    />
  );
});
