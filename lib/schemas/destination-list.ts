import { z } from "zod";
import {
  DESTINATION_ORDER_BY,
  type ListDestinationRoomsParams,
  type ListDestinationsParams,
} from "@/lib/synapse/federation";
import { DEFAULT_PAGE_SIZE, pageSizeInUrl, settlePageSize, type PageSize } from "./page-size";
import { firstValues, type SearchParams } from "./search-params";

const fromSchema = z.coerce.number().int().min(0).max(10_000_000).catch(0);

/** The destinations table's state as it lives in the URL search params. */
export const destinationListSearchSchema = z.object({
  from: fromSchema,
  limit: pageSizeInUrl,
  sort: z.enum(DESTINATION_ORDER_BY).catch("destination"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});
export type DestinationListSearch = z.output<typeof destinationListSearchSchema> & {
  limit: PageSize;
};

/** The URL's state; `pageSize` (the reader's choice) applies when the URL names no page size. */
export function parseDestinationListSearch(
  raw: SearchParams,
  pageSize?: PageSize,
): DestinationListSearch {
  return settlePageSize(destinationListSearchSchema.parse(firstValues(raw)), pageSize);
}

export function toListDestinationsParams(search: DestinationListSearch): ListDestinationsParams {
  return {
    from: search.from,
    limit: search.limit,
    order_by: search.sort,
    dir: search.dir === "asc" ? "f" : "b",
  };
}

/** The URL search string for a state, leaving out defaults so links stay short. */
export function toDestinationListQuery(
  search: DestinationListSearch,
  changes: Partial<DestinationListSearch> = {},
) {
  const next = { ...search, ...changes };
  const query = new URLSearchParams();
  if (next.sort !== "destination") query.set("sort", next.sort);
  if (next.dir !== "asc") query.set("dir", next.dir);
  if (next.from > 0) query.set("from", String(next.from));
  if (next.limit !== DEFAULT_PAGE_SIZE) query.set("limit", String(next.limit));
  const text = query.toString();
  return text ? `?${text}` : "";
}

export const DESTINATION_ROOMS_PAGE_SIZE = 50;

/** A destination's rooms list: only the offset lives in the URL. */
export function parseDestinationRoomsSearch(raw: SearchParams): ListDestinationRoomsParams {
  return { from: fromSchema.parse(firstValues(raw).from), limit: DESTINATION_ROOMS_PAGE_SIZE };
}
