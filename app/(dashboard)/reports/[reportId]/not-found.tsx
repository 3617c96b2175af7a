"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { useRouteParam } from "@/components/layout/use-route-param";

export default function ReportNotFound() {
  return (
    <NotFoundNotice
      title="Report not found"
      waysBack={[{ href: "/reports", label: "All event reports" }]}
    >
      No event report <code className="font-mono text-sm">{useRouteParam("reportId")}</code>; it may
      have been deleted.
    </NotFoundNotice>
  );
}
