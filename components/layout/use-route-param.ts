"use client";

import { useParams } from "next/navigation";

/**
 * A dynamic segment of the address (`userId` of /users/[userId]), decoded as the page decodes it:
 * a not-found page gets no props, so this is how it names what was not found.
 */
export function useRouteParam(name: string): string {
  const value = useParams<Record<string, string | string[] | undefined>>()[name];
  const raw = Array.isArray(value) ? value.join("/") : (value ?? "");
  try {
    return decodeURIComponent(raw);
  } catch {
    // A lone "%" the page could not decode either: it is named as it was written.
    return raw;
  }
}
