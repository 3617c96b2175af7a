import type { SearchParams } from "@/lib/schemas/search-params";

/** A route's query as a page gets its search params: a repeated key as an array, in order. */
export function searchParamsOf(url: URLSearchParams): SearchParams {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url) (raw[key] ??= []).push(value);
  return raw;
}
