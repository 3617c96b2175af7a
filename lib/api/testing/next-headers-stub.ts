// next/headers for route handlers called directly in tests: outside Next's request scope the real
// one throws. Each test call says which headers its request is sent with; there is never a session
// cookie. Use: vi.mock("next/headers", () => import("@/lib/api/testing/next-headers-stub")).
let current = new Headers();

/** The headers the next request is sent with; returned for the NextRequest too. */
export function setRequestHeaders(init: HeadersInit = {}): Headers {
  current = new Headers(init);
  return current;
}

export const headers = async () => current;
export const cookies = async () => ({ get: () => undefined, getAll: () => [] });
