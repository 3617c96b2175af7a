"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";

export default function JobNotFound() {
  return (
    <NotFoundNotice title="Job not found" waysBack={[{ href: "/jobs", label: "All jobs" }]}>
      No job <RouteParam name="jobId" />; it may have been deleted.
    </NotFoundNotice>
  );
}
