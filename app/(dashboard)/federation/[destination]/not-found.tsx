"use client";

import { NotFoundNotice } from "@/components/layout/not-found-notice";
import { RouteParam } from "@/components/layout/route-param";

export default function DestinationNotFound() {
  return (
    <NotFoundNotice
      title="Destination not found"
      waysBack={[{ href: "/federation", label: "All destinations" }]}
    >
      Synapse has no record of <RouteParam name="destination" />: it has never sent to or tried that
      server.
    </NotFoundNotice>
  );
}
