"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";

export default function RunNotFound() {
  return (
    <NotFoundNotice title="Run not found" waysBack={[{ href: "/jobs", label: "All jobs" }]}>
      No job run <RouteParam name="runId" />.
    </NotFoundNotice>
  );
}
