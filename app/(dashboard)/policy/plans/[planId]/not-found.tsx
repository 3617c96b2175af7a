"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";

export default function PlanNotFound() {
  return (
    <NotFoundNotice title="Plan not found" waysBack={[{ href: "/policy", label: "Policy" }]}>
      No policy plan <RouteParam name="planId" />.
    </NotFoundNotice>
  );
}
