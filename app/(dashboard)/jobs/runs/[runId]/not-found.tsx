"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { useRouteParam } from "@/components/layout/use-route-param";

export default function RunNotFound() {
  return (
    <NotFoundNotice title="Run not found" waysBack={[{ href: "/jobs", label: "All jobs" }]}>
      No job run <code className="font-mono text-sm">{useRouteParam("runId")}</code>.
    </NotFoundNotice>
  );
}
