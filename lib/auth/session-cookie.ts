/**
 * Names of next-auth's session cookie: `__Secure-…` when next-auth saw https, and split into
 * `.0`, `.1`… when the value is over 4 KB.
 */
export const SESSION_COOKIE_NAMES = [
  "__Secure-next-auth.session-token",
  "next-auth.session-token",
] as const;

/** True when one of the cookie names is a session cookie, whole or in chunks. Not proof of a session. */
export function hasSessionCookieName(cookieNames: readonly string[]): boolean {
  return cookieNames.some((cookieName) =>
    SESSION_COOKIE_NAMES.some((name) => cookieName === name || cookieName === `${name}.0`),
  );
}
