"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { useRouteParam } from "@/components/layout/use-route-param";

export default function UserReportNotFound() {
  return (
    <NotFoundNotice
      title="Report not found"
      waysBack={[{ href: "/reports/users", label: "All user reports" }]}
    >
      No user report <code className="font-mono text-sm">{useRouteParam("userReportId")}</code>; it
      may have been deleted.
    </NotFoundNotice>
  );
}
