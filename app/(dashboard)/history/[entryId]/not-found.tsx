"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";

export default function HistoryEntryNotFound() {
  return (
    <NotFoundNotice
      title="History entry not found"
      waysBack={[{ href: "/history", label: "History" }]}
    >
      No History entry <RouteParam name="entryId" />.
    </NotFoundNotice>
  );
}
