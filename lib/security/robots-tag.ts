/**
 * An admin console is never to be indexed: every response says so (the proxy's own ones through
 * securityHeaders, built files through next.config.ts), and public/robots.txt disallows it all.
 */
export const ROBOTS_TAG = { name: "X-Robots-Tag", value: "noindex, nofollow" } as const;
