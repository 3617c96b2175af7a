import { z } from "zod";
import { DEFAULT_PAGE_SIZE, pageSizeInUrl } from "./page-size";
import { hasNoControlCharacters } from "./text";

// What the event reports list and the user reports list share: Synapse pages both by offset, with
// the same sizes and order, and filters them by parts of IDs.

/** A filter by part of an ID; empty or malformed means no filter. */
export const reportFilterSchema = z
  .string()
  .trim()
  .max(256)
  .refine(hasNoControlCharacters)
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .catch(undefined);

/** The paging and order fields of a reports list's URL state. */
export const reportPagingFields = {
  // Far past any real report list; a bigger offset is a hand-edited URL.
  from: z.coerce.number().int().min(0).max(10_000_000).catch(0),
  limit: pageSizeInUrl,
  /** "desc" lists the newest reports first. */
  dir: z.enum(["asc", "desc"]).catch("desc"),
};

type ReportPaging = { from: number; limit: number; dir: "asc" | "desc" };

/** Synapse's paging query for a reports list: an offset, a page size and "b" for newest first. */
export function toReportPagingParams(paging: ReportPaging) {
  return { from: paging.from, limit: paging.limit, dir: paging.dir === "asc" ? "f" : "b" } as const;
}

/**
 * The URL search string of a reports list: its filters (in the order given, empty ones left out),
 * then the paging fields that differ from the defaults, so links stay short.
 */
export function toReportListQuery(
  filters: Record<string, string | undefined>,
  paging: ReportPaging,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  if (paging.from > 0) query.set("from", String(paging.from));
  if (paging.limit !== DEFAULT_PAGE_SIZE) query.set("limit", String(paging.limit));
  if (paging.dir !== "desc") query.set("dir", paging.dir);
  const text = query.toString();
  return text ? `?${text}` : "";
}
