"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";

export default function UserReportNotFound() {
  return (
    <NotFoundNotice
      title="Report not found"
      waysBack={[{ href: "/reports/users", label: "All user reports" }]}
    >
      No user report <RouteParam name="userReportId" />; it may have been deleted.
    </NotFoundNotice>
  );
}
