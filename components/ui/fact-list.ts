/**
 * A <dl> of facts about one thing (a report, a room, an event): names in a column as wide as the
 * longest, values beside them, broken anywhere when a value has no spaces (a room ID, a 5,000-letter
 * reason) so none can widen the page. On a phone each name sits above its value.
 */
export const FACT_LIST_CLASS =
  "grid gap-x-6 gap-y-1 text-sm wrap-anywhere sm:grid-cols-[max-content_minmax(0,1fr)] max-sm:[&>dt:not(:first-child)]:mt-2";
