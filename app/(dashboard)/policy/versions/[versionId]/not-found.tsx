"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { useRouteParam } from "@/components/layout/use-route-param";

export default function VersionNotFound() {
  return (
    <NotFoundNotice
      title="Version not found"
      waysBack={[{ href: "/policy/versions", label: "All versions" }]}
    >
      No policy version <code className="font-mono text-sm">{useRouteParam("versionId")}</code>.
    </NotFoundNotice>
  );
}
