"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";

export default function ImportNotFound() {
  return (
    <NotFoundNotice
      title="Import not found"
      waysBack={[{ href: "/users/import", label: "New import" }]}
    >
      No user import <RouteParam name="importId" />.
    </NotFoundNotice>
  );
}
