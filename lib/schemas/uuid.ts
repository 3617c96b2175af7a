const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value from a URL is a UUID, as our own rows' IDs are, before it goes to a query. */
export const isUuid = (value: unknown): value is string =>
  typeof value === "string" && UUID.test(value);
