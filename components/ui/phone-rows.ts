// Below md (phones) a table of many columns is drawn as a list of compact blocks, one per row: the
// table, its body and rows lose their table layout, the header is hidden, and each row is a grid
// of its cells. A cell that is a fact says its column before its value (by CSS, from its
// `data-label`, so the cell's text stays the value alone). Each table places its cells in the
// grid itself (columns, spans, order).

/** The table and its body: blocks below md. */
export const PHONE_BLOCK = "max-md:block";

/** The header: hidden below md, where each fact says its own column. */
export const PHONE_HIDDEN_HEADER = "max-md:hidden";

/** A row: a grid of its cells below md. */
export const PHONE_ROW =
  "max-md:grid max-md:gap-x-3 max-md:gap-y-1 max-md:py-3 max-md:wrap-anywhere";

/** A cell placed in the row's grid as it is. */
export const PHONE_CELL = "max-md:p-0";

/** A cell that is a fact: small, after its column's name taken from `data-label`. */
export const PHONE_FACT =
  "max-md:p-0 max-md:text-xs max-md:before:mr-1 max-md:before:font-sans max-md:before:text-muted-foreground max-md:before:content-[attr(data-label)]";
