/** The path of a list URL ("/users?from=50" → "/users"). */
export const pathOf = (href: string) => href.split("?")[0];

/** The query of a list URL ("/users?from=50" → from=50). */
export function queryOf(href: string): URLSearchParams {
  const at = href.indexOf("?");
  return new URLSearchParams(at < 0 ? "" : href.slice(at + 1));
}
