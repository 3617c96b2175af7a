"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";

export default function VersionNotFound() {
  return (
    <NotFoundNotice
      title="Version not found"
      waysBack={[{ href: "/policy/versions", label: "All versions" }]}
    >
      No policy version <RouteParam name="versionId" />.
    </NotFoundNotice>
  );
}
