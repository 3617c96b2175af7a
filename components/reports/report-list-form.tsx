"use client";

import type { ActiveFilter } from "@/components/list-filters/active-filter-chips";
import { FilterChoice, LabelledFilter } from "@/components/list-filters/filter-fields";
import { LiveFilterForm } from "@/components/list-filters/live-filter-form";
import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import { Input } from "@/components/ui/input";

/** A filter by part of an ID, in a reports list's form. */
export type ReportFilterField<Name extends string> = {
  name: Name;
  label: string;
  placeholder?: string;
};

const ORDER_LABELS = { desc: "Newest first", asc: "Oldest first" };

/** What a reports list's URL holds besides its filters: the offset, the page size, the order. */
type ReportSearch<Name extends string> = Partial<Record<Name, string>> & {
  from: number;
  limit: number;
  dir: "asc" | "desc";
};

type Props<Name extends string, Search extends ReportSearch<Name>> = {
  /** The list's path, where the form goes without script. */
  action: string;
  /** Prefix of the fields' IDs. */
  idPrefix: string;
  search: Search;
  /** The list's filters: the first is its search, in view at every width and reached by "/". */
  fields: readonly [ReportFilterField<Name>, ...ReportFilterField<Name>[]];
  /** The list's URL parser and query builder. */
  parse: (raw: Record<string, string>) => Search;
  toQuery: (search: Search, changes?: Partial<Search>) => string;
};

/**
 * A reports list's filters, applied as they change (LiveFilterForm): its own filters, then the
 * order both lists share (the page size is the reader's one choice for every list, beside the
 * pager). A change starts from the first page, since it changes which reports a later page holds.
 */
export function ReportListForm<Name extends string, Search extends ReportSearch<Name>>({
  action,
  idPrefix,
  search,
  fields,
  parse,
  toQuery,
}: Props<Name, Search>) {
  const [main, ...others] = fields;
  const hrefWith = (changes: Partial<Search>) =>
    `${action}${toQuery(search, { ...changes, from: 0 })}`;
  const active: ActiveFilter[] = others
    .filter(({ name }) => search[name])
    .map(({ name, label }) => ({
      label: `${label}: ${search[name]}`,
      removeHref: hrefWith({ [name]: undefined } as Partial<Search>),
    }));
  if (search.dir === "asc") {
    active.push({
      label: "Oldest first",
      removeHref: hrefWith({ dir: "desc" } as Partial<Search>),
    });
  }
  const idOf = (name: string) => `${idPrefix}-${name}`;
  const filtered = active.length > 0 || Boolean(search[main.name]);
  return (
    <LiveFilterForm
      action={action}
      current={hrefWith({})}
      // The form holds no offset; the page size stays.
      hrefOf={(values) => `${action}${toQuery(parse({ limit: String(search.limit), ...values }))}`}
      active={active}
      clearHref={filtered ? `${action}${toQuery(parse({ limit: String(search.limit) }))}` : null}
      className="md:grid md:grid-cols-4 md:items-end md:gap-4"
      searchId={idOf(main.name)}
      searchLabel={main.label}
      search={
        <Input
          id={idOf(main.name)}
          name={main.name}
          type="search"
          defaultValue={search[main.name] ?? ""}
          placeholder={main.placeholder}
          autoComplete="off"
          {...LIST_SEARCH_FIELD}
        />
      }
      filters={
        <>
          {others.map(({ name, label, placeholder }) => (
            <LabelledFilter key={name} id={idOf(name)} label={label}>
              <Input
                id={idOf(name)}
                name={name}
                type="search"
                defaultValue={search[name] ?? ""}
                placeholder={placeholder}
                autoComplete="off"
              />
            </LabelledFilter>
          ))}
          <FilterChoice
            id={idOf("dir")}
            name="dir"
            label="Order"
            value={search.dir}
            choices={ORDER_LABELS}
          />
        </>
      }
    />
  );
}
