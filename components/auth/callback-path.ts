const FALLBACK = "/";

/**
 * The in-app path to open after signing in, from the `callbackUrl` query parameter. Only same-site
 * paths pass: the form navigates with router.push, so an outside URL here would be an open redirect.
 */
export function getSafeCallbackPath(value: string | string[] | undefined): string {
  if (typeof value !== "string") return FALLBACK;
  // "//host" and "/\host" are protocol-relative URLs to browsers; control characters hide tricks.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return FALLBACK;
  if (/[\u0000-\u001f\u007f]/.test(value)) return FALLBACK;
  // Coming back to the sign-in page after signing in would look like a failed sign-in.
  if (value === "/sign-in" || value.startsWith("/sign-in?") || value.startsWith("/sign-in/")) {
    return FALLBACK;
  }
  return value;
}
