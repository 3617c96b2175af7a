import { z } from "zod";
import type { ListUserReportsParams } from "@/lib/synapse/user-reports";
import { firstValues } from "./search-params";
import { hasNoControlCharacters } from "./text";

export const USER_REPORT_PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_USER_REPORT_PAGE_SIZE = 25;

// A shared or hand-edited URL may hold anything; a bad value falls back instead of failing the page.
const pageSizeSchema = z.coerce
  .number()
  .refine((n) => (USER_REPORT_PAGE_SIZES as readonly number[]).includes(n))
  .catch(DEFAULT_USER_REPORT_PAGE_SIZE);

const filterSchema = z
  .string()
  .trim()
  .max(256)
  .refine(hasNoControlCharacters)
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .catch(undefined);

/** The user reports table's state as it lives in the URL search params. */
export const userReportListSearchSchema = z.object({
  // Far past any real report list; a bigger offset is a hand-edited URL.
  from: z.coerce.number().int().min(0).max(10_000_000).catch(0),
  limit: pageSizeSchema,
  /** "desc" lists the newest reports first. */
  dir: z.enum(["asc", "desc"]).catch("desc"),
  /** Part of the reported user's ID. */
  target: filterSchema,
  /** Part of the reporter's ID. */
  reporter: filterSchema,
});

export type UserReportListSearch = z.output<typeof userReportListSearchSchema>;

export function parseUserReportListSearch(
  raw: Record<string, string | string[] | undefined>,
): UserReportListSearch {
  return userReportListSearchSchema.parse(firstValues(raw));
}

/** Turns the URL state into Synapse's user report list query (offset paging). */
export function toListUserReportsParams(search: UserReportListSearch): ListUserReportsParams {
  return {
    from: search.from,
    limit: search.limit,
    dir: search.dir === "asc" ? "f" : "b",
    target_user_id: search.target,
    user_id: search.reporter,
  };
}

/** The URL search string for a state, leaving out defaults so links stay short. */
export function toUserReportListQuery(
  search: UserReportListSearch,
  changes: Partial<UserReportListSearch> = {},
) {
  const next = { ...search, ...changes };
  const query = new URLSearchParams();
  if (next.target) query.set("target", next.target);
  if (next.reporter) query.set("reporter", next.reporter);
  if (next.from > 0) query.set("from", String(next.from));
  if (next.limit !== DEFAULT_USER_REPORT_PAGE_SIZE) query.set("limit", String(next.limit));
  if (next.dir !== "desc") query.set("dir", next.dir);
  const text = query.toString();
  return text ? `?${text}` : "";
}
