import type { AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
// The router's own enum: `router.prefetch` takes it to fetch what a page shows, not only its shape.
import { PrefetchKind } from "next/dist/client/components/router-reducer/router-reducer-types";
import { noteFetchedAhead } from "./page-copies";

/**
 * Fetches the page at `url` whole (with what it shows) ahead of a click, and notes when, so it is
 * read again if shown later than a few seconds (page-copies.ts). The router's plain prefetch of a
 * page rendered per request, as all of the console's are, fetches its route's shape at most.
 */
export function prefetchWholePage(router: Pick<AppRouterInstance, "prefetch">, url: string) {
  noteFetchedAhead(url);
  router.prefetch(url, { kind: PrefetchKind.FULL });
}
