"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { useRouteParam } from "@/components/layout/use-route-param";

export default function PlanNotFound() {
  return (
    <NotFoundNotice title="Plan not found" waysBack={[{ href: "/policy", label: "Policy" }]}>
      No policy plan <code className="font-mono text-sm">{useRouteParam("planId")}</code>.
    </NotFoundNotice>
  );
}
