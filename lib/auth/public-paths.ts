/** Sections open without a session: signing in, first-run setup and next-auth's own routes. */
const PUBLIC_SECTIONS = ["/sign-in", "/setup", "/api/auth"];
/**
 * Single public paths: the health check, what browsers ask for on any page (the icon, the
 * manifest), and robots.txt, which tells crawlers to stay out.
 */
const PUBLIC_PATHS = [
  "/api/health",
  "/icon.svg",
  "/favicon.ico",
  "/manifest.webmanifest",
  "/robots.txt",
];

/** True for a path anyone may request; every other path needs a session. */
export function isPublicPath(pathname: string): boolean {
  return (
    PUBLIC_PATHS.includes(pathname) ||
    PUBLIC_SECTIONS.some((section) => pathname === section || pathname.startsWith(`${section}/`))
  );
}
