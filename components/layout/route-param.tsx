"use client";

import { useRouteParam } from "./use-route-param";

/**
 * A dynamic segment of the address, as a not-found page names what it did not find: as code, so an
 * address made up to read like a message still reads as an ID, not as the console's words.
 */
export function RouteParam({ name }: { name: string }) {
  return <code className="font-mono text-sm">{useRouteParam(name)}</code>;
}
