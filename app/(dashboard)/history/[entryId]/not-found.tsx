"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { useRouteParam } from "@/components/layout/use-route-param";

export default function HistoryEntryNotFound() {
  return (
    <NotFoundNotice
      title="History entry not found"
      waysBack={[{ href: "/history", label: "History" }]}
    >
      No History entry <code className="font-mono text-sm">{useRouteParam("entryId")}</code>.
    </NotFoundNotice>
  );
}
