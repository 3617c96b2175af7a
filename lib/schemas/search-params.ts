/** A page's search params as Next.js gives them: a repeated key comes as an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One value per key (the first of a repeated one): the lists only ever write one. */
export function firstValues(raw: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/** A route's query as a page gets its search params: a repeated key as an array, in order. */
export function searchParamsOf(url: URLSearchParams): SearchParams {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url) (raw[key] ??= []).push(value);
  return raw;
}
