"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { useRouteParam } from "@/components/layout/use-route-param";

export default function DestinationNotFound() {
  return (
    <NotFoundNotice
      title="Destination not found"
      waysBack={[{ href: "/federation", label: "All destinations" }]}
    >
      Synapse has no record of{" "}
      <code className="font-mono text-sm">{useRouteParam("destination")}</code>: it has never sent
      to or tried that server.
    </NotFoundNotice>
  );
}
