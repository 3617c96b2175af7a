"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { useRouteParam } from "@/components/layout/use-route-param";

export default function JobNotFound() {
  return (
    <NotFoundNotice title="Job not found" waysBack={[{ href: "/jobs", label: "All jobs" }]}>
      No job <code className="font-mono text-sm">{useRouteParam("jobId")}</code>; it may have been
      deleted.
    </NotFoundNotice>
  );
}
