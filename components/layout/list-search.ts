// What marks a page's main search field, for "/" to find it (use-search-shortcut.ts). Plain
// values, not client code: server-rendered forms spread them onto their field too.

/** The attribute the field carries. */
export const LIST_SEARCH_ATTRIBUTE = "data-list-search";

/** Spread onto a page's one main search field: "/" focuses it, and assistive tech is told so. */
export const LIST_SEARCH_FIELD = { [LIST_SEARCH_ATTRIBUTE]: "", "aria-keyshortcuts": "/" } as const;
