"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";

export default function ReportNotFound() {
  return (
    <NotFoundNotice
      title="Report not found"
      waysBack={[{ href: "/reports", label: "All event reports" }]}
    >
      No event report <RouteParam name="reportId" />; it may have been deleted.
    </NotFoundNotice>
  );
}
