"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { useRouteParam } from "@/components/layout/use-route-param";

export default function ImportNotFound() {
  return (
    <NotFoundNotice
      title="Import not found"
      waysBack={[{ href: "/users/import", label: "New import" }]}
    >
      No user import <code className="font-mono text-sm">{useRouteParam("importId")}</code>.
    </NotFoundNotice>
  );
}
