"use client";

import { useState } from "react";
import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import type { ActiveFilter } from "@/components/list-filters/active-filter-chips";
import {
  FilterChoice,
  LabelledFilter,
  USER_TYPE_CHOICES,
} from "@/components/list-filters/filter-fields";
import { LiveFilterForm } from "@/components/list-filters/live-filter-form";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import {
  deviceSearchSchema,
  parseDeviceSearch,
  SEEN_DAYS,
  toDeviceQuery,
  type DeviceSearch,
  type DeviceUserType,
} from "@/lib/devices/device-search";
import { readStaleForm, type StaleFormValues } from "@/lib/devices/stale-form";
import { HiddenFields } from "./hidden-fields";

const TYPE_LABELS: Record<DeviceUserType, string> = USER_TYPE_CHOICES;

const SEEN_LABELS = { any: "Any time", never: "Never", older: "Older than…" };

const ORDER_LABELS = { asc: "Oldest first", desc: "Newest first" };

const DAYS_RANGE = `from ${SEEN_DAYS.min} to ${SEEN_DAYS.max.toLocaleString("en")}`;

/** A number of days the list can use, as typed; null while it is out of range or not whole. */
function usableDays(typed: string | undefined): number | null {
  const days = deviceSearchSchema.shape.days.safeParse(typed);
  return days.success && String(days.data) === typed?.trim() ? days.data : null;
}

/**
 * The "older than" days. A number out of range is not taken for the default while it is typed:
 * the list stays as it is, and the field says why until it holds one the list can use.
 */
function DaysField({ days }: { days: number }) {
  const [unusable, setUnusable] = useState(false);
  return (
    <LabelledFilter id="devices-days" label="Days (for “older than”)">
      <Input
        id="devices-days"
        name="days"
        type="number"
        min={SEEN_DAYS.min}
        max={SEEN_DAYS.max}
        defaultValue={days}
        aria-invalid={unusable || undefined}
        aria-describedby={unusable ? "devices-days-error" : undefined}
        onChange={(event) => setUnusable(usableDays(event.currentTarget.value) === null)}
      />
      <FieldError id="devices-days-error">
        {unusable ? `Days run ${DAYS_RANGE}; the list keeps ${days} until then.` : null}
      </FieldError>
    </LabelledFilter>
  );
}

/** What narrows or orders the list now, each with the URL that drops it. */
function activeFilters(search: DeviceSearch, hrefWith: (changes: Partial<DeviceSearch>) => string) {
  const filters: ActiveFilter[] = [];
  if (search.seen === "never") {
    filters.push({ label: "Never seen", removeHref: hrefWith({ seen: "any" }) });
  }
  if (search.seen === "older") {
    filters.push({
      label: `Not seen in ${search.days} days`,
      removeHref: hrefWith({ seen: "any" }),
    });
  }
  if (search.ua) {
    filters.push({ label: `User agent: ${search.ua}`, removeHref: hrefWith({ ua: undefined }) });
  }
  if (search.type !== "all") {
    filters.push({ label: TYPE_LABELS[search.type], removeHref: hrefWith({ type: "all" }) });
  }
  if (search.dir === "desc") {
    filters.push({ label: "Newest first", removeHref: hrefWith({ dir: "asc" }) });
  }
  return filters;
}

/**
 * The device list's filters, applied as they change (LiveFilterForm); the stale dry run's fields
 * ride along unchanged. Its user filter narrows the stale list too, so a change starts both lists
 * from their first page. The client filter is there with `showConnections` only: a viewer could
 * otherwise tell whose devices run which client (lib/auth/connection-privacy.ts).
 */
export function DeviceFilters({
  search,
  staleValues,
  showConnections,
}: {
  search: DeviceSearch;
  staleValues: StaleFormValues;
  showConnections: boolean;
}) {
  const firstPages = { page: 1, stalePage: 1 };
  const hrefWith = (changes: Partial<DeviceSearch>) =>
    `/devices${toDeviceQuery({ ...search, ...staleValues }, { ...changes, ...firstPages })}`;
  const hrefOf = (values: Record<string, string>) => {
    const usable = usableDays(values.days) !== null;
    const asked = parseDeviceSearch(usable ? values : { ...values, days: String(search.days) });
    return `/devices${toDeviceQuery({ ...asked, ...readStaleForm(values) }, firstPages)}`;
  };
  return (
    <LiveFilterForm
      action="/devices"
      current={hrefWith({})}
      hrefOf={hrefOf}
      active={activeFilters(search, hrefWith)}
      className="md:grid md:grid-cols-4 md:items-end md:gap-4"
      searchId="devices-user"
      searchLabel="User contains"
      search={
        <Input
          id="devices-user"
          name="user"
          type="search"
          defaultValue={search.user ?? ""}
          {...LIST_SEARCH_FIELD}
        />
      }
      filters={
        <>
          <HiddenFields values={staleValues} />
          <FilterChoice
            id="devices-seen"
            name="seen"
            label="Last seen"
            value={search.seen}
            choices={SEEN_LABELS}
          />
          <DaysField days={search.days} />
          {showConnections ? (
            <LabelledFilter id="devices-ua" label="User agent contains">
              <Input id="devices-ua" name="ua" type="search" defaultValue={search.ua ?? ""} />
            </LabelledFilter>
          ) : null}
          <FilterChoice
            id="devices-type"
            name="type"
            label="User type"
            value={search.type}
            choices={TYPE_LABELS}
          />
          <FilterChoice
            id="devices-dir"
            name="dir"
            label="Sort by last seen"
            value={search.dir}
            choices={ORDER_LABELS}
          />
        </>
      }
    />
  );
}
