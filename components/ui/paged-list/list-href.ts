import { DEFAULT_PAGE_SIZE, type PageSize } from "@/lib/schemas/page-size";

/** The path of a list URL ("/users?from=50" → "/users"). */
export const pathOf = (href: string): string => href.split("?")[0] ?? href;

/** The query of a list URL ("/users?from=50" → from=50). */
export function queryOf(href: string): URLSearchParams {
  const at = href.indexOf("?");
  return new URLSearchParams(at < 0 ? "" : href.slice(at + 1));
}

/**
 * The browser's URL for a list URL. The list's own URLs leave out the default page size; the
 * browser's leave out the reader's own, since a URL naming none shows the reader's. So a size that
 * is the default but not the reader's is named, and the reader's own is left out.
 */
export function browserUrlOf(
  href: string,
  sizeKey: "limit" | "size",
  readerSize: PageSize = DEFAULT_PAGE_SIZE,
): string {
  const query = queryOf(href);
  const size = Number(query.get(sizeKey) ?? DEFAULT_PAGE_SIZE);
  const named = query.has(sizeKey);
  if (size === readerSize && named) query.delete(sizeKey);
  else if (size !== readerSize && !named) query.set(sizeKey, String(size));
  else return href;
  const text = query.toString();
  return text ? `${pathOf(href)}?${text}` : pathOf(href);
}
