/** A list page the console would not give, with its HTTP status (401: the session has ended). */
export class ListPageError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Reads a page of a list from the console's API. Its refusals are sentences (lib/api/plain-text.ts)
 * and are passed on; anything else (an error page) is summed up by its status.
 */
export async function fetchListPage<Page>(url: string, signal: AbortSignal): Promise<Page> {
  const response = await fetch(url, { signal });
  if (response.ok) return (await response.json()) as Page;
  const sentence = response.headers.get("content-type")?.startsWith("text/plain");
  const message = sentence
    ? (await response.text()).trim()
    : `The console could not read this page (HTTP ${response.status}).`;
  throw new ListPageError(message, response.status);
}
